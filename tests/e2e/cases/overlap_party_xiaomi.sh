# The motivating question asked of whole deals: Xiaomi's two cross-licences share 10 patents, and --list shows
# they are licence rows in both (Xiaomi's own patents, licensed out).
$PATLAP overlap ../../data/transfers.csv --party xiaomi && $PATLAP overlap ../../data/transfers.csv --party xiaomi --min-shared 2 --list
