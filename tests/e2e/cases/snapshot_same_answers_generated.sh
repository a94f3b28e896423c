# A snapshot of 60,000 generated rows (some of them bad, deals split across the file) answers as its source does,
# byte for byte: large enough for the chunked CSV reader and many chunks of the threaded writer.
"$(dirname "$PATLAP")/patlap-gen" --rows 60000 --seed 11 -o "$TMP/big.csv"
$PATLAP import "$TMP/big.csv" --skip-bad-rows -q -o "$TMP/big.patlap" 2>/dev/null || echo "import: status $?"
compare() {  # NAME ARGS...
  local name=$1
  shift
  "$PATLAP" "$@" "$TMP/big.csv" --skip-bad-rows -q >"$TMP/a" 2>"$TMP/a.err"
  echo "status $?" >>"$TMP/a.err"
  "$PATLAP" "$@" "$TMP/big.patlap" -q >"$TMP/b" 2>"$TMP/b.err"
  echo "status $?" >>"$TMP/b.err"
  sed -i '/^load_seconds,/d' "$TMP/a" "$TMP/b"
  if cmp -s "$TMP/a" "$TMP/b" && cmp -s "$TMP/a.err" "$TMP/b.err"; then
    echo "$name: same, $(wc -l <"$TMP/a") lines"
  else
    echo "$name: DIFFERENT"
    diff "$TMP/a" "$TMP/b" | head -5
    diff "$TMP/a.err" "$TMP/b.err" | head -5
  fi
}
compare overlap overlap --format tsv
compare overlap-list overlap --list --format csv
compare overlap-party overlap --party "Oracle B.V." --format csv
compare deals deals --format csv
compare stats stats --format csv
compare chain chain --all --format csv
compare owners owners --format csv
compare flows flows --format csv
compare check check --format csv
compare parties parties --format csv
compare clusters clusters --format csv
compare convert convert
