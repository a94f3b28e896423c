# Which sample patents reached Xiaomi from Nokia, and through whom?
$PATLAP flow ../../data/transfers.csv --from Nokia --to Xiaomi --format table --width 0
