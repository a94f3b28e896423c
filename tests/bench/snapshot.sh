#!/usr/bin/env bash
# tests/bench/snapshot.sh - a snapshot against its CSV, side by side in one run.
#
# Usage: bash tests/bench/snapshot.sh [ROWS]        (default 10000000)
#
# Generates build-bench/data/transfers-ROWS.csv with patlap-gen (the seed of run.sh, so the two share the file),
# imports it into a snapshot, and prints: the import's time and peak RSS, the snapshot's size against the CSV's,
# the time to read the snapshot file once (cat), and the wall time and peak RSS of overlap, stats, chain --patent P,
# owners --party X and deals --party X from the CSV and from the snapshot, with the ratio; each answer from the
# snapshot is checked to be the same bytes as from the CSV (stats: but for load_seconds). Exits non-zero if a
# command fails or an answer differs.
#
# Environment (optional): PATLAP_BIN, PATLAP_GEN_BIN (default: build/patlap, build/patlap-gen, a Release build
# with -DPATLAP_BUILD_TOOLS=ON); BENCH_DATA (default build-bench/data).
set -euo pipefail
export LC_NUMERIC=C
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PATLAP="${PATLAP_BIN:-$ROOT/build/patlap}"
GEN="${PATLAP_GEN_BIN:-$ROOT/build/patlap-gen}"
DATA="${BENCH_DATA:-$ROOT/build-bench/data}"
ROWS="${1:-10000000}"
SEED=42
[[ "$ROWS" =~ ^[1-9][0-9]*$ ]] || { echo "snapshot.sh: row count must be a positive integer, got '$ROWS'" >&2; exit 2; }
for bin in "$PATLAP" "$GEN"; do [ -x "$bin" ] || { echo "snapshot.sh: no $bin (build with -DPATLAP_BUILD_TOOLS=ON)" >&2; exit 1; }; done
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
mkdir -p "$DATA"
CSV="$DATA/transfers-$ROWS.csv"
SNAP="$DATA/transfers-$ROWS.patlap"
[ -s "$CSV" ] || "$GEN" --rows "$ROWS" --seed "$SEED" -o "$CSV"

mib() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1048576 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
# measure NAME COMMAND...: runs it with stdout to $OUT/NAME, sets WALL (s) and RSS (MiB).
measure() {
    local name=$1
    shift
    if ! /usr/bin/time -f '%e %M' -o "$OUT/$name.time" "$@" >"$OUT/$name" 2>"$OUT/$name.err"; then
        echo "snapshot.sh: $name failed:" >&2
        cat "$OUT/$name.err" >&2
        exit 1
    fi
    read -r WALL rss <"$OUT/$name.time"
    RSS=$(awk -v k="$rss" 'BEGIN { printf "%.0f", k / 1024 }')
}

# A patent and a party from the file's middle: a question about one of each.
PATENT=$(awk -F, -v from=$((ROWS / 2)) 'NR >= from && $NF ~ /^US[0-9]+$/ { print $NF; exit }' "$CSV")
PARTY=$("$PATLAP" deals "$CSV" -q --skip-bad-rows --csv 2>/dev/null | awk -F, 'NR > 1 && $5 !~ /"/ && $5 !~ /;/ { print $5; exit }')

echo "snapshot.sh: $ROWS rows, patlap $("$PATLAP" --version | awk '{ print $2 }'), commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?'), $(date -u +%F)"
echo "chain --patent $PATENT, owners and deals --party \"$PARTY\""
measure import "$PATLAP" import "$CSV" --skip-bad-rows -q -o "$SNAP"
printf '\n%-28s %9s %9s\n' "" "wall s" "RSS MiB"
printf '%-28s %9s %9s\n' "import" "$WALL" "$RSS"
csv_size=$(stat -c %s "$CSV")
snap_size=$(stat -c %s "$SNAP")
measure cat cat "$SNAP"
printf '%-28s %9s %9s\n' "cat snapshot >/dev/null" "$WALL" "$RSS"
printf '\nsize: CSV %s MiB, snapshot %s MiB (%s x the CSV)\n' "$(mib "$csv_size")" "$(mib "$snap_size")" "$(ratio "$snap_size" "$csv_size")"

printf '\n%-22s %10s %10s %10s %10s %12s  %s\n' "report" "CSV s" "snap s" "CSV MiB" "snap MiB" "snap/CSV s" "answer"
status=0
compare() {  # NAME ARGS...: the report from the CSV and from the snapshot
    local name=$1
    shift
    measure "$name.csv" "$PATLAP" "$@" "$CSV" --skip-bad-rows -q
    local wall_csv=$WALL rss_csv=$RSS
    measure "$name.snap" "$PATLAP" "$@" "$SNAP" -q
    sed -i '/^load_seconds,/d' "$OUT/$name.csv" "$OUT/$name.snap"
    local same=same
    cmp -s "$OUT/$name.csv" "$OUT/$name.snap" || { same=DIFFERENT; status=1; }
    printf '%-22s %10s %10s %10s %10s %12s  %s (%s lines)\n' "$name" "$wall_csv" "$WALL" "$rss_csv" "$RSS" \
        "$(ratio "$WALL" "$wall_csv")" "$same" "$(wc -l <"$OUT/$name.csv")"
}
compare overlap overlap --csv
compare stats stats --csv
compare "chain --patent" chain --patent "$PATENT" --csv
compare "owners --party" owners --party "$PARTY" --csv
compare "deals --party" deals --party "$PARTY" --csv
exit $status
