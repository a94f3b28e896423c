# An -o extension the command does not write is a usage error, found before the input is read: the input file is
# missing too, and the usage error is what shows.
cd "$TMP"
$PATLAP overlap missing.csv -o report.txt; echo "overlap -o report.txt: $?"
$PATLAP deals missing.csv -o g.png; echo "deals -o g.png: $?"
$PATLAP graph missing.csv -o g.csv.gz; echo "graph -o g.csv.gz: $?"
ls
