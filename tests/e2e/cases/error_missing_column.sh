$PATLAP overlap bad/missing-column.csv
