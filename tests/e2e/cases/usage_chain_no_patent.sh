$PATLAP chain ownership.csv
