$PATLAP overlap small.csv --json
