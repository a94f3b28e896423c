$PATLAP check small.csv --csv --strict
