# overlap's pairs spill to TMPDIR past --memory: a TMPDIR that cannot be written, or is full (here: past ulimit -f,
# whose signal is ignored so that the write fails as on a full disk), ends the run with exit 3 and says so. One
# patent on 300 deals: 44,850 pairs, more than 64K holds.
awk 'BEGIN { print "deal,date,kind,from,to,patent"; for (i = 1; i <= 300; i++) printf "D%d,2020-01-01,assignment,A,B,US1\n", i }' \
  >"$TMP/one-patent.csv"
TMPDIR=/nonexistent-patlap-tmpdir $PATLAP overlap "$TMP/one-patent.csv" --memory 64K --csv -q | head -2
echo "status ${PIPESTATUS[0]}"
mkdir "$TMP/small"
(trap '' XFSZ; ulimit -f 64; TMPDIR=$TMP/small $PATLAP overlap "$TMP/one-patent.csv" --memory 64K --csv -q 2>&1 >/dev/null |
  sed "s|$TMP/small/patlap-[A-Za-z0-9]*|FOLDER|"; echo "status ${PIPESTATUS[0]}")
echo "left in TMPDIR: $(ls -A "$TMP/small" | wc -l)"
# Below it, nothing is written there.
TMPDIR=/nonexistent-patlap-tmpdir $PATLAP overlap "$TMP/one-patent.csv" --csv -q --top 3
