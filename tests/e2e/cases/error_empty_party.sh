$PATLAP overlap bad/empty-party.csv
