# Clusters of the patents Xiaomi received: each deal alone, as no patent came to it twice. A name that starts a
# party's key takes that party, with a note.
$PATLAP clusters ../../data/transfers.csv --to xiaomi && $PATLAP clusters ../../data/transfers.csv --from wang --members
