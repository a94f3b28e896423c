$PATLAP overlap small.csv --top 3
