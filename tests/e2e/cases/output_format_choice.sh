$PATLAP overlap small.csv --list --json -o $TMP/x && head -c 60 $TMP/x; echo; $PATLAP overlap small.csv -o $TMP/y.tsv --top 1 && cat $TMP/y.tsv
