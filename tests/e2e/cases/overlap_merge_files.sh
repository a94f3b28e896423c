$PATLAP overlap small.csv small.tsv --deal T2
