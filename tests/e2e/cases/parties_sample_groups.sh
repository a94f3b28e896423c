$PATLAP parties ../../data/transfers.csv --aliases ../../data/aliases.csv --groups ../../data/groups.csv --by group
