# One option means one thing on every command: owners of a data room's patents, flows of one party in a date
# range, the problems of one patent or one party.
printf 'US7500105\n14/678,893\n' >"$TMP/room.txt"
$PATLAP owners ../../data/transfers.csv --patent USD710101 --patents-from "$TMP/room.txt" --csv
$PATLAP owners uspto/ad20160101.xml --patents-from "$TMP/room.txt" --csv
$PATLAP flows ../../data/transfers.csv --party xiaomi --since 2016-01-01 --until 2016-12-31 --csv
$PATLAP check uspto/ad20160101.xml --patent US8856094 --csv
$PATLAP check uspto/ad20160101.xml --party "COEN COMPANY" --by-deal --csv
