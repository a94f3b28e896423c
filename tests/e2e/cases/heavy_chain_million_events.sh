# One patent with a million events (a deal a day, each from the last owner to the next): chain used to crash on it.
# Dates repeat every 200 years, so most events tie with others on their date (the flags say so). About 3 s in
# Release; tests/ci.sh leaves it out of the sanitizer build's run, where it takes minutes.
events=1000000
awk -v n="$events" 'BEGIN {
  print "deal,date,kind,from,to,patent"
  for (i = 1; i <= n; i++) printf "D%d,%04d-%02d-%02d,assignment,Owner %d,Owner %d,US1\n", i, 1900 + int(i / 336) % 200, 1 + int(i / 28) % 12, 1 + i % 28, i - 1, i
}' >"$TMP/one-patent.csv"
$PATLAP chain "$TMP/one-patent.csv" --patent US1 --csv -q >"$TMP/chain.csv"
echo "status $?"
echo "rows $(($(wc -l <"$TMP/chain.csv") - 1)) for $events events"
head -3 "$TMP/chain.csv"
tail -1 "$TMP/chain.csv"
sha256sum <"$TMP/chain.csv"
