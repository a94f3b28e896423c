$PATLAP deals malformed/missing-column.csv
