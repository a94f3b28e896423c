#!/usr/bin/env bash
# tests/bench/pad.sh - the Patent Assignment Dataset at the whole record's scale: patlap stats and overlap on a
# generated PAD folder (and its csv.zip), against DuckDB computing the same pairs from documentid.csv alone, side
# by side in one run: wall time, peak RSS and the ratios.
#
# Usage: bash tests/bench/pad.sh [ROWS] [RUNS]
#   ROWS: transfer rows to simulate (default 37400000: about 10.5 million records, the whole US record's count,
#         with patlap-gen --whole-record); RUNS: runs of each measurement, interleaved, the median shown (default 1).
# Environment: PATLAP, PATLAP_GEN (default build/patlap, build/patlap-gen); ZIP=1 also zips the folder as the
# USPTO ships it (csv.zip) and reads that; KEEP=DIR keeps the generated folder in DIR (and reuses it next time).
# DuckDB's Node API is installed into build-bench/duckdb as tests/bench/run.sh does.
set -euo pipefail
export LC_NUMERIC=C
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
PATLAP="${PATLAP:-$ROOT/build/patlap}"
GEN="${PATLAP_GEN:-$ROOT/build/patlap-gen}"
ROWS="${1:-37400000}"
RUNS="${2:-1}"
DUCKDB_DIR="$ROOT/build-bench/duckdb"
DUCKDB_NODE_VERSION="${DUCKDB_NODE_VERSION:-1.5.6-r.1}"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
PAD="${KEEP:-$WORK/pad}"

# shellcheck source=tests/bench/side_by_side.sh
. "$HERE/side_by_side.sh"  # install_duckdb, timed, median
install_duckdb
if [ ! -f "$PAD/.rows-$ROWS" ]; then
    rm -rf "$PAD" && mkdir -p "$PAD"
    "$GEN" --rows "$ROWS" --seed 42 --whole-record --pad "$PAD" -o /dev/null
    touch "$PAD/.rows-$ROWS"
fi
awk -F, 'NR > 1 { n++; e += $3 } END { printf "records %d, inventor assignments %.1f%%\n", n, 100 * e / n }' \
    "$PAD/assignment_conveyance.csv"
echo "assignor rows $(($(wc -l <"$PAD/assignor.csv") - 1)), documentid rows $(($(wc -l <"$PAD/documentid.csv") - 1))"
echo "tables $(du -shL --apparent-size "$PAD" | cut -f1), documentid.csv $(du -sh --apparent-size "$PAD/documentid.csv" | cut -f1)"
if [ "${ZIP:-0}" = 1 ]; then
    (cd "$PAD" && rm -f "$WORK/csv.zip" && zip -q -1 "$WORK/csv.zip" ./*.csv)
    echo "csv.zip $(du -sh --apparent-size "$WORK/csv.zip" | cut -f1)"
fi

for _ in $(seq "$RUNS"); do
    timed "$WORK/stats" "$PATLAP" stats "$PAD" --csv -q
    timed "$WORK/overlap" "$PATLAP" overlap "$PAD" --csv -q -o "$WORK/patlap-pairs.csv"
    [ "${ZIP:-0}" = 1 ] && timed "$WORK/stats-zip" "$PATLAP" stats "$WORK/csv.zip" --csv -q
    [ "${ZIP:-0}" = 1 ] && timed "$WORK/overlap-zip" "$PATLAP" overlap "$WORK/csv.zip" --csv -q -o /dev/null
    timed "$WORK/duckdb" node "$HERE/duckdb_overlap.mjs" "$PAD/documentid.csv" "$WORK/duckdb-pairs.csv" pad
done
patlap_pairs=$(($(wc -l <"$WORK/patlap-pairs.csv") - 1))
duckdb_pairs=$(($(wc -l <"$WORK/duckdb-pairs.csv") - 1))
echo "pairs: patlap $patlap_pairs, DuckDB $duckdb_pairs"
read -r duck_wall duck_rss < <(median "$WORK/duckdb")
printf '%-34s %9s %13s %12s %12s\n' "run ($ROWS rows)" "wall s" "peak RSS MiB" "x DuckDB t" "x DuckDB RSS"
for label in duckdb stats overlap stats-zip overlap-zip; do
    [ -f "$WORK/$label" ] || continue
    read -r wall rss < <(median "$WORK/$label")
    printf '%-34s %9s %13s %12.2f %12.2f\n' "$label" "$wall" "$rss" \
        "$(awk -v a="$wall" -v b="$duck_wall" 'BEGIN { print a / b }')" "$(awk -v a="$rss" -v b="$duck_rss" 'BEGIN { print a / b }')"
done
