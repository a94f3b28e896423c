$PATLAP overlap small.csv --threads 0
