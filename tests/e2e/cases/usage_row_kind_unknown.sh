$PATLAP overlap small.csv --row-kind sale
