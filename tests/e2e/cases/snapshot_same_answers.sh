# Every report reads a snapshot as it reads the sources the snapshot was imported from, and answers the same, byte
# for byte (stdout, stderr and status): the sample data, a transfer CSV, USPTO XML (a daily file and a search) and
# the PAD tables; plain, with party layers, and with bad rows skipped. stats reports the sources' counts: only the
# time the load took differs.
sources="../../data/transfers.csv small.csv uspto/ad20160101.xml uspto/search/lookup_patent_8789601_rows100.xml pad/ad20160101"
declare -A with=(
  [plain]=""
  [layers]="--aliases ../../data/aliases.csv --groups ../../data/groups.csv --by group --link-renames"
  [skipped]="bad/mixed.csv --skip-bad-rows"
)
for set in plain layers skipped; do
  # shellcheck disable=SC2086
  $PATLAP import $sources ${with[$set]} -o "$TMP/$set.patlap" -q 2>"$TMP/import.err" || echo "import $set: status $?"
  sed 's/^/  /' "$TMP/import.err"
done
ls "$TMP"/*.patlap* | sed "s#$TMP/##"
compare() {  # SET NAME ARGS...: the report from the snapshot of SET and from its sources
  local set=$1 name=$2
  shift 2
  # shellcheck disable=SC2086
  "$PATLAP" "$@" $sources ${with[$set]} -q >"$TMP/from-sources" 2>"$TMP/from-sources.err"
  echo "status $?" >>"$TMP/from-sources.err"
  "$PATLAP" "$@" "$TMP/$set.patlap" -q >"$TMP/from-snapshot" 2>"$TMP/from-snapshot.err"
  echo "status $?" >>"$TMP/from-snapshot.err"
  if [[ $name = stats* ]]; then sed -i '/^load_seconds,/d' "$TMP/from-sources" "$TMP/from-snapshot"; fi
  a=$(sha256sum <"$TMP/from-sources" | cut -c1-16)
  b=$(sha256sum <"$TMP/from-snapshot" | cut -c1-16)
  if [ "$a" = "$b" ] && cmp -s "$TMP/from-sources.err" "$TMP/from-snapshot.err"; then
    echo "$set $name: same ($(wc -l <"$TMP/from-snapshot") lines, $(tail -1 "$TMP/from-snapshot.err"))"
  else
    echo "$set $name: DIFFERENT"
    diff "$TMP/from-sources" "$TMP/from-snapshot" | head -5
    diff "$TMP/from-sources.err" "$TMP/from-snapshot.err" | head -5
  fi
}
for set in plain layers skipped; do
  compare $set overlap overlap --csv
  compare $set overlap-list overlap --list --csv
  compare $set overlap-party overlap --party xiaomi --csv
  compare $set overlap-from overlap --from nokia --row-kind license --csv
  compare $set overlap-transactions overlap --transactions --csv
  compare $set deals deals --csv
  compare $set deals-party deals --party nokia --json
  compare $set stats stats --csv
  compare $set stats-transactions stats --transactions --csv
  compare $set chain chain --all --csv
  compare $set chain-patent chain --patent US8789601 --patent US8100133 --json
  compare $set owners owners --csv
  compare $set owners-party owners --party xiaomi --as-of 2016-12-31 --csv
  compare $set flow flow --from Nokia --to Xiaomi --include-licenses --csv
  compare $set flows flows --csv
  compare $set check check --csv
  compare $set parties parties --csv
  compare $set parties-suggest parties --suggest --csv
  compare $set graph graph --format graphml
  compare $set graph-json graph --format json --by-deal
  compare $set clusters clusters --members --csv
  compare $set convert convert
done
