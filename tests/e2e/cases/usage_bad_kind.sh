$PATLAP overlap small.csv --kind sale
