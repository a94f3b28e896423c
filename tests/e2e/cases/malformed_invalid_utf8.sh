$PATLAP deals malformed/invalid-utf8.csv
