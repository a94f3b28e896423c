$PATLAP deals malformed/impossible-date.csv
