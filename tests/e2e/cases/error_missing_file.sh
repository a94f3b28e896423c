$PATLAP overlap nope.csv
