# kinds_a and kinds_b: the kinds of the rows that carry the patent in each deal, several joined by "; ".
printf 'deal,date,kind,from,to,patent\nD1,2020-01-01,assignment,A,B,US1\nD1,2020-01-01,license,A,C,US1\nD2,2021-01-01,security,B,Bank,US1\n' >"$TMP/kinds.csv"
$PATLAP overlap "$TMP/kinds.csv" --list
# On the sample: the 2017 Nokia-Xiaomi licence with the Nokia-Microsoft licence, and with the two recordings of the
# Nokia sale (licence rows in one, sale rows in the other).
$PATLAP overlap ../../data/transfers.csv --deal NOK-XIAOMI-2017 --min-shared 4 --list
