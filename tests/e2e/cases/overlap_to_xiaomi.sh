# Counting only the rows in which Xiaomi receives: the 2017 Nokia licence and the two recordings of the Nokia sale
# share the 8 patents Xiaomi was licensed and bought in that agreement; nothing from the Microsoft deals came again
# from Nokia. The 10 patents the two cross-licences share are all rows in which Xiaomi gives.
$PATLAP overlap ../../data/transfers.csv --to xiaomi && $PATLAP overlap ../../data/transfers.csv --to xiaomi --list && $PATLAP overlap ../../data/transfers.csv --from xiaomi
