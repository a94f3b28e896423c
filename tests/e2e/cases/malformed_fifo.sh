# A FIFO (as made by process substitution) is read like any file, though it has no size and cannot seek.
cd "$TMP" && mkfifo transfers.csv
cat "$OLDPWD/small.csv" > transfers.csv &
$PATLAP deals transfers.csv
