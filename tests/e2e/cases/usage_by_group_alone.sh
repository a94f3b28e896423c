$PATLAP deals small.csv --by group
