$PATLAP flow ../../data/transfers.csv --groups ../../data/groups.csv --by group --from Nokia --to Xiaomi --summary
