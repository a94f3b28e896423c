$PATLAP overlap small.csv --csv --no-header
