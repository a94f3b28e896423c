# A reader that stops early (head) ends the run quietly: nothing on stderr, and the exit status the report earned
# (0, or 1 for --fail-if-any with rows). The report is far larger than a pipe holds, so writes do fail.
awk 'BEGIN { print "deal,date,kind,from,to,patent"
             for (i = 0; i < 5000; i++) printf "DEAL-%d,2019-01-02,assignment,Acme Inc,Beta LLC,US%d\n", i, 7000000 + i }' > "$TMP/many.csv"
$PATLAP deals "$TMP/many.csv" | head -c 40; echo; echo "deals csv: ${PIPESTATUS[0]}"
$PATLAP deals "$TMP/many.csv" --format table | head -n 1 >/dev/null; echo "deals table: ${PIPESTATUS[0]}"
$PATLAP deals "$TMP/many.csv" --json --fail-if-any | head -n 1 >/dev/null; echo "deals --fail-if-any: ${PIPESTATUS[0]}"
$PATLAP graph "$TMP/many.csv" --by-deal | head -n 1 >/dev/null; echo "graph dot: ${PIPESTATUS[0]}"
$PATLAP graph "$TMP/many.csv" --by-deal --format graphml | head -n 1 >/dev/null; echo "graph graphml: ${PIPESTATUS[0]}"
