# import --append adds files to a snapshot: the new snapshot is the one importing every file at once would write.
# A file already in it (by its bytes) is reported and not added twice; a source changed since is refused (exit 3).
run() {
  "$PATLAP" "$@" 2>&1 | sed "s#$TMP/##g"
  echo "status ${PIPESTATUS[0]}"
}
cp ../../data/transfers.csv ../../data/aliases.csv small.csv ownership.csv "$TMP"
cp -r pad/ad20160101 "$TMP/pad"
cd "$TMP" || exit
run import transfers.csv --aliases aliases.csv --skip-bad-rows -o us.patlap
echo "== adding two files, one of them twice"
run import --append us.patlap small.csv pad small.csv
"$PATLAP" import transfers.csv small.csv pad --aliases aliases.csv --skip-bad-rows -o all.patlap
cmp us.patlap all.patlap && echo "the same bytes as importing the three at once"
"$PATLAP" stats us.patlap | grep -E '^(files|rows_read),'
echo "== adding files it holds already, one under another name"
cp transfers.csv renamed.csv
run import --append us.patlap small.csv renamed.csv
cmp us.patlap all.patlap && echo "left as it was"
echo "== writing the appended snapshot elsewhere"
run import --append us.patlap ownership.csv -o more.patlap
cmp us.patlap all.patlap && echo "us.patlap left as it was"
"$PATLAP" stats more.patlap | grep -E '^files,'
echo "== nothing to add, but -o elsewhere: written there all the same"
run import --append us.patlap small.csv -o copy.patlap
cmp us.patlap copy.patlap && echo "copy.patlap: the same bytes"
echo "== a source changed since"
echo "D9,2020-01-01,assignment,Acme,Other,US1234567" >>small.csv
run import --append us.patlap ownership.csv
echo "== a source in a folder changed since"
cp all.patlap us.patlap && sed -i '$d' small.csv && echo >>pad/assignment.csv
run import --append us.patlap ownership.csv
echo "== a party file gone"
sed -i '$d' pad/assignment.csv && rm aliases.csv
run import --append more.patlap ownership.csv
echo "== not a snapshot"
run import --append small.csv ownership.csv
cp small.csv small.patlap
run import --append small.patlap ownership.csv
echo "== a snapshot written into the PAD folder it was imported from"
"$PATLAP" import pad -o pad/pad.patlap && run import --append pad/pad.patlap ownership.csv
