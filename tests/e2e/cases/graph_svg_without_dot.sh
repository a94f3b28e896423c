PATH=/nonexistent $PATLAP graph small.csv --format svg -o $TMP/g.svg; status=$?; ls $TMP; exit $status
