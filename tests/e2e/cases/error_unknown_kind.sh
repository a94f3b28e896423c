$PATLAP overlap bad/unknown-kind.csv
