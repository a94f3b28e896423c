$PATLAP deals small.csv
