$PATLAP overlap small.csv --tsv
