$PATLAP flow ../../data/transfers.csv --from Nokia --to Xiaomi --include-licenses --as-of 2017-06-30 --summary --csv
