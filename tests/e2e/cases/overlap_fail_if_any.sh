$PATLAP overlap small.csv --min-shared 2 --fail-if-any
