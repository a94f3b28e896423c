$PATLAP parties ../../data/transfers.csv
