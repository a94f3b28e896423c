# Every kind of mistake in an alias file: exit 3 and FILE:LINE on stderr, before the transfers are loaded.
for f in parties/bad/alias-*.csv; do
  $PATLAP stats small.csv --aliases "$f" >/dev/null
  echo "$f: exit $?"
done
