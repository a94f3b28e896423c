$PATLAP overlap small.csv --list
