$PATLAP check small.csv --csv
