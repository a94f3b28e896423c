tr "\t" ";" < small.tsv > $TMP/semi.txt && $PATLAP overlap $TMP/semi.txt --delimiter ";"
