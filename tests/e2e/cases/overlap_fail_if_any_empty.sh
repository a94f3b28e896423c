$PATLAP overlap small.csv --min-shared 3 --fail-if-any
