$PATLAP overlap small.csv --min-shared 0
