# -o through a link that dangles writes the file the link names, and the link stays; a file name of 250 bytes,
# which the system allows, is written (the temporary file beside it has a short name of its own).
ln -s report.csv "$TMP/link.csv"
$PATLAP stats small.csv -o "$TMP/link.csv" && test -L "$TMP/link.csv" && head -2 "$TMP/report.csv"
long="$TMP/$(printf 'r%.0s' $(seq 246)).csv"
$PATLAP stats small.csv -o "$long" && head -1 "$long"
ls -A "$TMP" | grep -c patlap
