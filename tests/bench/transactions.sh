#!/usr/bin/env bash
# tests/bench/transactions.sh - what --transactions costs: overlap and deals on ROWS generated transfers, with and
# without it, side by side (runs interleaved, the median of RUNS each), wall time and peak RSS, and the ratio.
#
# Usage: bash tests/bench/transactions.sh [PATLAP] [PATLAP_GEN] [ROWS] [RUNS]
#   (defaults: build/patlap, build/patlap-gen, 10000000, 3)
# The reports go to /dev/null as CSV; stats --transactions first says how many transactions the deals form.
set -euo pipefail
export LC_NUMERIC=C
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PATLAP="${1:-$HERE/../../build/patlap}"
GEN="${2:-$HERE/../../build/patlap-gen}"
ROWS="${3:-10000000}"
RUNS="${4:-3}"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

"$GEN" --rows "$ROWS" --seed 42 -o "$WORK/transfers.csv"
"$PATLAP" stats "$WORK/transfers.csv" --skip-bad-rows --transactions --csv -q 2>/dev/null | grep -E '^(transfers|deals|transactions|deals_in_shared_transactions),'

# shellcheck source=tests/bench/side_by_side.sh
. "$HERE/side_by_side.sh"  # timed, median

printf '%-36s %9s %13s %9s %9s\n' "report ($ROWS rows)" "wall s" "peak RSS MiB" "time x" "RSS x"
for report in overlap deals; do
    : >"$WORK/plain" && : >"$WORK/grouped"
    for _ in $(seq "$RUNS"); do
        timed "$WORK/plain" "$PATLAP" "$report" "$WORK/transfers.csv" --skip-bad-rows --csv -q
        timed "$WORK/grouped" "$PATLAP" "$report" "$WORK/transfers.csv" --skip-bad-rows --csv -q --transactions
    done
    read -r plain_wall plain_rss < <(median "$WORK/plain")
    read -r grouped_wall grouped_rss < <(median "$WORK/grouped")
    printf '%-36s %9s %13s\n' "$report" "$plain_wall" "$plain_rss"
    printf '%-36s %9s %13s %9.2f %9.2f\n' "$report --transactions" "$grouped_wall" "$grouped_rss" \
        "$(awk -v a="$grouped_wall" -v b="$plain_wall" 'BEGIN { print a / b }')" \
        "$(awk -v a="$grouped_rss" -v b="$plain_rss" 'BEGIN { print a / b }')"
done
