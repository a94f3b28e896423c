# Counting only the rows in which Xiaomi receives: it acquired no patent in both deals (no pairs at all). The 10
# shared patents are all rows in which Xiaomi gives.
$PATLAP overlap ../../data/transfers.csv --to xiaomi && $PATLAP overlap ../../data/transfers.csv --to xiaomi --list && $PATLAP overlap ../../data/transfers.csv --from xiaomi
