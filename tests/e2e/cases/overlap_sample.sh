$PATLAP overlap ../../data/transfers.csv --top 11
