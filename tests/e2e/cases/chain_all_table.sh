$PATLAP chain ownership.csv --all --format table --width 0
