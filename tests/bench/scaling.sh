#!/usr/bin/env bash
# tests/bench/scaling.sh - grows each adversarial input shape tenfold and prints how much longer each command
# takes: an algorithm that is n log n or better in its input (events of a patent, links of an alias chain,
# parties of an event) stays well under 15; a quadratic one goes to 100.
#
# Usage: bash tests/bench/scaling.sh [PATLAP] [N]   (default: build/patlap, N 200000; sizes N and 10 N: both past
# the processor's caches, so that the ratio is the algorithm's, not the step from cache to memory)
# Exits 1 when a ratio passes 15. Shapes are written by tests/bench/make_shape.py into a temporary folder.
set -euo pipefail
export LC_NUMERIC=C
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PATLAP="${1:-$HERE/../../build/patlap}"
N="${2:-200000}"
LIMIT=15
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# seconds COMMAND...: the command's wall time, best of two (the machine's other work only adds to it).
seconds() {
    local best="" t
    for _ in 1 2; do
        /usr/bin/time -f '%e' -o "$WORK/time" "$@" >/dev/null 2>&1 || true
        t=$(tail -1 "$WORK/time")
        best=$(awk -v a="$t" -v b="${best:-$t}" 'BEGIN { print (a < b ? a : b) }')
    done
    echo "$best"
}

# shape NAME COMMAND-ARGS...: {} in the arguments is the shape's file.
failed=0
printf '%-12s %-46s %9s %9s %7s\n' shape command "N=$N" "N=$((N * 10))" ratio
run() {
    local shape=$1; shift
    local times=()
    for size in "$N" $((N * 10)); do
        local file="$WORK/$shape-$size"
        [ -f "$file" ] || python3 "$HERE/make_shape.py" "$shape" "$size" "$file"
        local args=()
        for a in "$@"; do args+=("${a//\{\}/$file}"); done
        times+=("$(seconds "$PATLAP" "${args[@]}")")
    done
    # Times under 10 ms are the process starting: counted as 10 ms, so noise does not make a ratio.
    local ratio
    ratio=$(awk -v a="${times[0]}" -v b="${times[1]}" 'BEGIN { if (a < 0.01) a = 0.01; if (b < 0.01) b = 0.01; printf "%.1f", b / a }')
    printf '%-12s %-46s %9s %9s %7s\n' "$shape" "$*" "${times[0]}" "${times[1]}" "$ratio"
    awk -v r="$ratio" -v l="$LIMIT" 'BEGIN { exit !(r > l) }' && failed=1
    return 0
}

run long-chain chain {} --patent US1
run long-chain check {}
run long-chain owners {}
run long-chain flow {} --from P0 --to "P$N"
run one-day chain {} --patent US1
run one-day check {}
run one-day flow {} --from P0 --to P1000
run many-deals owners {}
run many-deals check {}
run many-deals clusters {}
run many-deals deals {}
run co-owners owners {}
run co-owners check {}
run alias-chain stats {}.csv --aliases {}
if [ "$failed" = 1 ]; then echo "scaling.sh: a ratio passed $LIMIT"; exit 1; fi
echo "scaling.sh: every ratio at most $LIMIT"
