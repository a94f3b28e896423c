# What import refuses (usage errors, exit 2) and what a damaged snapshot does to a report (exit 3, naming the file):
# it is refused, never misread.
run() {
  "$PATLAP" "$@" 2>&1 | sed "s#$TMP/##g"
  echo "status ${PIPESTATUS[0]}"
}
cp small.csv "$TMP/small.csv"
cd "$TMP" || exit
echo "== no -o"
run import small.csv
echo "== -o without .patlap"
run import small.csv -o small.snapshot
run import small.csv -o .patlap
echo "== -o in no folder"
run import small.csv -o missing/small.patlap
echo "== standard input"
run import - -o small.patlap
"$PATLAP" import small.csv -o small.patlap
echo "== a snapshot as an input of import"
run import small.patlap -o again.patlap
echo "== a snapshot mixed with other inputs"
run overlap small.patlap small.csv
echo "== a snapshot from standard input"
run overlap - <small.patlap
echo "== cut short"
head -c 1000 small.patlap >cut.patlap
run overlap cut.patlap
echo "== a byte changed in the rows"
cp small.patlap flipped.patlap
size=$(stat -c %s flipped.patlap)
printf 'X' | dd of=flipped.patlap bs=1 seek=$((size - 70)) conv=notrunc status=none
run deals flipped.patlap
echo "== another format version"
cp small.patlap version.patlap
printf '\x09' | dd of=version.patlap bs=1 seek=16 conv=notrunc status=none
run stats version.patlap
echo "== --append with load options"
run import --append small.patlap small.csv --skip-bad-rows
