$PATLAP deals malformed/100000-columns.csv
