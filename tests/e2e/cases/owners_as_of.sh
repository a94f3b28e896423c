$PATLAP owners ownership.csv --as-of 2003-01-01 --format table --width 0
