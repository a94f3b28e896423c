# Transfer CSV dates may carry a time of day (as database exports write them), and `licence` is `license`.
printf 'deal,date,kind,from,to,patent\nD1,2019-01-01T00:00:00Z,assignment,Alpha,Beta,US1\nD2,2019-02-03 10:30:00,licence,Beta,Gamma,US1\nD3,2019-03-04T23:59:59+05:30,security,Beta,Bank,US1\n' >"$TMP/t.csv"
$PATLAP chain "$TMP/t.csv" --patent US1 --csv
printf 'deal,date,kind,from,to,patent\nD1,2019-01-01T25:00:00Z,assignment,Alpha,Beta,US1\n' >"$TMP/bad.csv"
$PATLAP stats "$TMP/bad.csv" 2>&1 | sed "s#$TMP/##"; echo "exit ${PIPESTATUS[0]}"
