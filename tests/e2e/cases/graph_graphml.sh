$PATLAP graph small.csv --format graphml
