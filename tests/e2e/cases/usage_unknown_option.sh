$PATLAP overlap small.csv --frobnicate
