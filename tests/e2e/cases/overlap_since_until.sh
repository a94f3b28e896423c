$PATLAP overlap small.csv --since 2014-01-01 --until 20161231
