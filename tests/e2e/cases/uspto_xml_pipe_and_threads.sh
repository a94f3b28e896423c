# A daily file through a pipe (which cannot be read twice) and as a file, in pieces and by one parser: the same
# stats, but for the load time.
$PATLAP stats <(cat uspto/ad20160101.xml) --csv | grep -v load_seconds >"$TMP/pipe.csv"
$PATLAP stats uspto/ad20160101.xml --csv | grep -v load_seconds >"$TMP/file.csv"
$PATLAP stats uspto/ad20160101.xml --threads 1 --csv | grep -v load_seconds >"$TMP/one.csv"
grep -E '^(files|rows_read|deals|patents),' "$TMP/pipe.csv"
cmp "$TMP/pipe.csv" "$TMP/file.csv" && cmp "$TMP/pipe.csv" "$TMP/one.csv" && echo same
