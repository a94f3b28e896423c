$PATLAP overlap small.csv --top 2 -o $TMP/out.json && cat $TMP/out.json && ls $TMP
