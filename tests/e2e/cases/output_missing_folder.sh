# -o into a folder that does not exist fails before the input is read (the input file is missing too).
cd "$TMP"
$PATLAP overlap missing.csv -o nodir/pairs.csv; echo "overlap: $?"
$PATLAP graph missing.csv -o nodir/g.svg; echo "graph: $?"
ls
