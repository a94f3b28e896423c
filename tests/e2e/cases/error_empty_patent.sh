$PATLAP overlap bad/empty-patent.csv
