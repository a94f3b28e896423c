$PATLAP graph small.csv
