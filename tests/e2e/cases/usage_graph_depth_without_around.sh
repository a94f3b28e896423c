$PATLAP graph small.csv --depth 2
