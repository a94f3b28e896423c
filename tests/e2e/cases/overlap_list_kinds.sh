# kinds_a and kinds_b: the kinds of the rows that carry the patent in each deal, several joined by "; ".
$PATLAP overlap ../../data/transfers.csv --deal NOK-XIAOMI-2017 --min-shared 25 --list
