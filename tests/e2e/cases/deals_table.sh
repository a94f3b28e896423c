$PATLAP deals small.csv --format table --width 100
