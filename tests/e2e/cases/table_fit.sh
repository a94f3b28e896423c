# At 80 columns identifiers, dates, kinds and numbers are never cut, free text shrinks first, empty columns are
# left out, and columns that still do not fit are hidden with a note; wide characters count two columns.
$PATLAP deals ../../data/transfers.csv --format table --width 80 | head -3
printf 'deal,date,kind,from,to,patent\nD1,2020-01-01,assignment,小米科技有限责任公司,Xiaomi Inc.,US1\nD2,2020-02-01,assignment,Xiaomi Inc.,Acme,US1\n' >"$TMP/wide.csv"
$PATLAP chain "$TMP/wide.csv" --patent US1 --format table --width 0
