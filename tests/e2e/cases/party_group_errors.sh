# Every kind of mistake in a group file: exit 3 and FILE:LINE on stderr.
for f in parties/bad/group-*.csv; do
  $PATLAP deals small.csv --groups "$f" --by group >/dev/null
  echo "$f: exit $?"
done
$PATLAP stats small.csv --aliases parties/bad/missing.csv
