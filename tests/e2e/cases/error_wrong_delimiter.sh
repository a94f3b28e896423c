$PATLAP stats small.tsv --delimiter ,
tr "\t" ";" < small.tsv > $TMP/semi.csv
cd $TMP && $PATLAP stats semi.csv
