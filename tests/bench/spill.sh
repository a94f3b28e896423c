#!/usr/bin/env bash
# tests/bench/spill.sh - overlap answers larger than memory: wall time, peak RSS and the disk used under TMPDIR.
#
# Usage: bash tests/bench/spill.sh [PATLAP] [PATLAP_GEN] [DEALS] [ROWS] [SMALL]
#   (defaults: build/patlap, build/patlap-gen, 50000, 10000000, 256M)
#  1. one patent held by DEALS deals (DEALS * (DEALS - 1) / 2 pairs: 1.25 billion for 50,000), overlap with the
#     default --memory and with --top 5, the report to /dev/null (CSV);
#  2. ROWS generated transfers (patlap-gen, seed 42), overlap with the default --memory and with --memory SMALL,
#     side by side, checking that the two reports are the same.
# The shapes are written to a temporary folder (removed at the end); TMPDIR is where the spill goes.
set -euo pipefail
export LC_NUMERIC=C
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PATLAP="${1:-$HERE/../../build/patlap}"
GEN="${2:-$HERE/../../build/patlap-gen}"
DEALS="${3:-50000}"
ROWS="${4:-10000000}"
SMALL="${5:-256M}"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# measure LABEL COMMAND...: wall seconds and peak RSS (MiB) of the command, its stdout to $WORK/out.
printf '%-60s %9s %13s\n' run "wall s" "peak RSS MiB"
measure() {
    local label=$1; shift
    /usr/bin/time -v -o "$WORK/time" "$@" >"$WORK/out" 2>"$WORK/err" || { cat "$WORK/err"; exit 1; }
    local wall rss
    wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$WORK/time" |
        awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.1f", s }')
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$WORK/time")
    printf '%-60s %9s %13.0f\n' "$label" "$wall" "$(awk -v k="$rss" 'BEGIN { print k / 1024 }')"
}

awk -v n="$DEALS" 'BEGIN {
  print "deal,date,kind,from,to,patent"
  for (i = 1; i <= n; i++) printf "D%d,2020-%02d-%02d,assignment,A%d,B%d,US1\n", i, 1 + i % 12, 1 + i % 28, i, i
}' >"$WORK/one-patent.csv"
measure "one patent, $DEALS deals, --top 5" "$PATLAP" overlap "$WORK/one-patent.csv" --csv -q --top 5
measure "one patent, $DEALS deals, default --memory (to /dev/null)" \
    sh -c '"$1" overlap "$2" --csv -q >/dev/null' sh "$PATLAP" "$WORK/one-patent.csv"

"$GEN" --rows "$ROWS" --seed 42 -o "$WORK/transfers.csv"
measure "$ROWS rows, default --memory" "$PATLAP" overlap "$WORK/transfers.csv" --csv -q --skip-bad-rows
sha256sum <"$WORK/out" >"$WORK/held.sha"
measure "$ROWS rows, --memory $SMALL" "$PATLAP" overlap "$WORK/transfers.csv" --csv -q --skip-bad-rows --memory "$SMALL"
sha256sum <"$WORK/out" | cmp -s - "$WORK/held.sha" || { echo "spill.sh: the reports differ"; exit 1; }
echo "spill.sh: the two $ROWS-row reports are the same"
