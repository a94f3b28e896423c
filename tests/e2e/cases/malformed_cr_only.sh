$PATLAP deals malformed/cr-only.csv
