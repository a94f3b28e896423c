$PATLAP deals malformed/zero-date.csv
