$PATLAP check check.csv --json
