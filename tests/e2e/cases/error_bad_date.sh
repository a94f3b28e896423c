$PATLAP overlap bad/bad-date.csv
