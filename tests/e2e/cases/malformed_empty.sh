$PATLAP deals malformed/empty.csv
