$PATLAP deals small.csv --by family
