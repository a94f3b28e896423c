$PATLAP deals malformed/nul-byte.csv
