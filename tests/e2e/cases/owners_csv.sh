$PATLAP owners ownership.csv
