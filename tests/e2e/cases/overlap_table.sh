$PATLAP overlap small.csv --format table
