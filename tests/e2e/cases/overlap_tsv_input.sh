$PATLAP overlap small.tsv
