# One patent held by 3,000 deals: 4,498,500 pairs. Within --memory 1M they spill to TMPDIR, and the report is the
# same, byte for byte, as the one made in memory; so are --list rows (two patents on 400 deals) within 64K. TMPDIR
# is left empty.
awk -v n=3000 'BEGIN {
  print "deal,date,kind,from,to,patent"
  for (i = 1; i <= n; i++) printf "D%d,2020-%02d-%02d,assignment,A%d,B%d,US1\n", i, 1 + i % 12, 1 + i % 28, i, i
}' >"$TMP/one-patent.csv"
mkdir "$TMP/spill"
held=$($PATLAP overlap "$TMP/one-patent.csv" --csv -q | tee >(wc -l >"$TMP/rows") | sha256sum)
spilled=$(TMPDIR=$TMP/spill $PATLAP overlap "$TMP/one-patent.csv" --csv -q --memory 1M | sha256sum)
echo "rows $(cat "$TMP/rows")"
[ "$held" = "$spilled" ] && echo "--memory 1M: same report" || echo "--memory 1M: DIFFERENT report"
awk -v n=400 'BEGIN {
  print "deal,date,kind,from,to,patent"
  for (i = 1; i <= n; i++) for (p = 1; p <= 2; p++)
    printf "D%d,2020-01-%02d,%s,A%d,B%d,US%d\n", i, 1 + i % 28, i % 2 ? "assignment" : "license", i, i, p
}' >"$TMP/two-patents.csv"
held=$($PATLAP overlap "$TMP/two-patents.csv" --list --jsonl -q | sha256sum)
spilled=$(TMPDIR=$TMP/spill $PATLAP overlap "$TMP/two-patents.csv" --list --jsonl -q --memory 64K | sha256sum)
[ "$held" = "$spilled" ] && echo "--list --memory 64K: same report" || echo "--list --memory 64K: DIFFERENT report"
echo "left in TMPDIR: $(ls -A "$TMP/spill" | wc -l)"
