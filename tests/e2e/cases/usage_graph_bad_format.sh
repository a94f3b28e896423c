$PATLAP graph small.csv --format png
