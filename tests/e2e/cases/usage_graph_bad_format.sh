$PATLAP graph small.csv --format jpeg
