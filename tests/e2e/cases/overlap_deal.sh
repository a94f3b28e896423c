$PATLAP overlap small.csv --deal S2 --deal NOPE
