$PATLAP overlap small.csv
