$PATLAP check check.csv --format table --width 0
