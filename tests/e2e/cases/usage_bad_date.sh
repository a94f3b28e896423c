$PATLAP overlap small.csv --since 2019-02-30
