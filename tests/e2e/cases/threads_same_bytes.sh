# Every report is the same, byte for byte, on one thread and on four: rows are written by several threads, and a
# row's cells are a pure function of its index (lib/output/table.h). 110,000 generated rows, some of them bad;
# each report prints its line count so that the comparison is known to cover large outputs (many chunks of the
# writer).
"$(dirname "$PATLAP")/patlap-gen" --rows 110000 --seed 7 -o "$TMP/big.csv"
run() {  # NAME THREADS ARGS...: the report's stdout, stderr and status
  local name=$1 threads=$2
  shift 2
  "$PATLAP" "$@" "$TMP/big.csv" --skip-bad-rows -q --threads "$threads" >"$TMP/$name.$threads" 2>"$TMP/$name.$threads.err"
  echo "status $?" >>"$TMP/$name.$threads.err"
}
compare() {  # NAME ARGS...
  local name=$1
  shift
  run "$name" 1 "$@"
  run "$name" 4 "$@"
  if cmp -s "$TMP/$name.1" "$TMP/$name.4" && cmp -s "$TMP/$name.1.err" "$TMP/$name.4.err"; then
    echo "$name: same, $(wc -l <"$TMP/$name.1") lines"
  else
    echo "$name: DIFFERENT"
    diff "$TMP/$name.1" "$TMP/$name.4" | head -5
  fi
}
compare chain chain --all --format csv
compare chain-jsonl chain --all --format jsonl
compare owners owners --format csv
compare overlap-list overlap --list --format csv
compare overlap overlap --format tsv
compare overlap-party overlap --party "Oracle B.V." --format csv
compare deals deals --format csv
compare parties parties --format csv
compare parties-suggest parties --suggest --format csv
compare flows flows --format csv
compare flow flow --from "Oracle B.V." --to "Baltic Energy Co." --format csv
compare check check --format csv
compare clusters clusters --format csv
compare convert convert
compare graph graph --format graphml
# stats: all but the time the load took
"$PATLAP" stats "$TMP/big.csv" --skip-bad-rows -q --threads 1 2>/dev/null | grep -v '^load_seconds,' >"$TMP/stats.1"
"$PATLAP" stats "$TMP/big.csv" --skip-bad-rows -q --threads 4 2>/dev/null | grep -v '^load_seconds,' >"$TMP/stats.4"
cmp -s "$TMP/stats.1" "$TMP/stats.4" && echo "stats: same, $(wc -l <"$TMP/stats.1") lines"
