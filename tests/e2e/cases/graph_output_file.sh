$PATLAP graph small.csv -o $TMP/g.graphml && head -n 3 $TMP/g.graphml && $PATLAP graph small.csv -o $TMP/g.json --party xiaomi && cat $TMP/g.json && ls $TMP
