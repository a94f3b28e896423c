$PATLAP flow ../../data/transfers.csv --from Nokia --to Xiaomi --summary --format table --width 0
