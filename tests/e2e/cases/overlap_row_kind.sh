# Only the sale rows count (a deal's licence rows do not); with --to, only what Xiaomi bought; --row-kind repeats.
$PATLAP overlap ../../data/transfers.csv --row-kind assignment && $PATLAP overlap ../../data/transfers.csv --row-kind assignment --to xiaomi --party xiaomi && $PATLAP overlap ../../data/transfers.csv --row-kind security --row-kind release --min-shared 2
