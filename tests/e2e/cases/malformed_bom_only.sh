$PATLAP deals malformed/bom-only.csv
