# A --to or --from that matches no party is a usage error, naming the closest parties.
$PATLAP overlap ../../data/transfers.csv --to xiaomy
