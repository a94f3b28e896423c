#!/usr/bin/env bash
# tests/bench/run.sh - benchmark patlap against DuckDB on generated transfer data.
#
# Usage: bash tests/bench/run.sh [ROWS...]        (default sizes: 1000000 10000000)
#
# Builds the project (Release) into build-bench/ at the repository root, installs
# @duckdb/node-api into build-bench/duckdb/, generates build-bench/data/transfers-N.csv
# with patlap-gen, then measures wall time and peak RSS of each command with
# /usr/bin/time and checks that patlap overlap and DuckDB find the same deal pairs.
# It also generates the same simulation as USPTO records (patlap-gen --uspto --xml:
# transfers-N-uspto.csv and transfers-N-uspto.xml, the same transfers in both), measures
# the XML reader's throughput (patlap-xml-throughput, MB/s), patlap stats and overlap on
# the XML against the CSV, and checks the round trip: overlap on the XML, and on
# `patlap convert` of the XML, must be byte-identical to overlap on the CSV.
# Exits non-zero if a command fails or the answers differ.
#
# Environment (optional):
#   BENCH_SKIP_BUILD=1        use the existing binaries in build-bench/ without building
#   PATLAP_BIN, PATLAP_GEN_BIN  use these binaries instead of the build-bench/ ones
#   DUCKDB_NODE_VERSION       @duckdb/node-api version to install (default below)
set -euo pipefail
export LC_NUMERIC=C   # decimal points in printf/awk

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
BUILD="$ROOT/build-bench"
DATA="$BUILD/data"
OUT="$BUILD/out"
DUCKDB_DIR="$BUILD/duckdb"
DUCKDB_NODE_VERSION="${DUCKDB_NODE_VERSION:-1.5.6-r.1}"
SEED=42
# shellcheck source=tests/bench/side_by_side.sh
. "$HERE/side_by_side.sh"  # install_duckdb

if [ "$#" -gt 0 ]; then SIZES=("$@"); else SIZES=(1000000 10000000); fi
for n in "${SIZES[@]}"; do
    [[ "$n" =~ ^[1-9][0-9]*$ ]] || { echo "run.sh: row count must be a positive integer, got '$n'" >&2; exit 2; }
done

log() { printf '%s\n' "$*"; }
section() { printf '\n== %s ==\n' "$*"; }
mib() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }

# ---------------------------------------------------------------------------
# 1. Dependencies and build
# ---------------------------------------------------------------------------
# Debian package -> what shows it is already there.  Tools are checked by command, so a
# Node.js or Python installed some other way (e.g. nodesource's nodejs, which bundles npm
# and conflicts with Debian's npm package) is accepted; libraries by dpkg.
REQUIREMENTS=(
    "cmake:cmd:cmake" "g++:cmd:g++" "time:file:/usr/bin/time" "nodejs:cmd:node" "npm:cmd:npm"
    "python3:cmd:python3" "libcli11-dev:pkg" "libfmt-dev:pkg" "libboost-graph-dev:pkg" "catch2:pkg"
    "zlib1g-dev:pkg"
)

install_dependencies() {
    local missing=() req pkg how what
    for req in "${REQUIREMENTS[@]}"; do
        IFS=: read -r pkg how what <<<"$req"
        case "$how" in
            cmd) command -v "$what" >/dev/null 2>&1 && continue ;;
            file) [ -x "$what" ] && continue ;;
            pkg) command -v dpkg-query >/dev/null 2>&1 || continue   # not Debian: assume present
                 dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'ok installed' && continue ;;
        esac
        missing+=("$pkg")
    done
    [ "${#missing[@]}" -eq 0 ] && return 0
    if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
        echo "run.sh: missing: ${missing[*]} (install them, e.g. apt-get install -y ${missing[*]})" >&2
        exit 1
    fi
    log "installing: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq "${missing[@]}" >/dev/null
}

build() {
    if [ "${BENCH_SKIP_BUILD:-0}" = 1 ]; then
        log "build: skipped (BENCH_SKIP_BUILD=1)"
        return 0
    fi
    log "build: cmake Release -> build-bench/"
    cmake -S "$ROOT" -B "$BUILD" -DCMAKE_BUILD_TYPE=Release >"$BUILD/cmake-configure.log" 2>&1 ||
        { tail -n 30 "$BUILD/cmake-configure.log" >&2; exit 1; }
    # Only the benchmark binaries (the unit tests are not needed here).
    cmake --build "$BUILD" -j2 --target patlap patlap-gen patlap-graph-memory patlap-xml-throughput \
        >"$BUILD/cmake-build.log" 2>&1 ||
        { tail -n 40 "$BUILD/cmake-build.log" >&2; exit 1; }
}

# The binaries are expected at build-bench/patlap and build-bench/patlap-gen; look one
# or two levels down too in case the build puts them in a subdirectory.
find_binary() {
    local name="$1" f
    if [ -x "$BUILD/$name" ] && [ -f "$BUILD/$name" ]; then echo "$BUILD/$name"; return 0; fi
    f="$(find "$BUILD" -maxdepth 3 -type f -name "$name" -perm -u+x -not -path "$BUILD/duckdb/*" 2>/dev/null | sort | head -n 1)"
    [ -n "$f" ] || { echo "run.sh: $name not found under build-bench/" >&2; exit 1; }
    echo "$f"
}


# ---------------------------------------------------------------------------
# 2. Measurement
# ---------------------------------------------------------------------------
FAILED=0
WALL=""
RSS=""

# measure LABEL CMD... : run CMD under /usr/bin/time, print one table line, and leave
# the wall seconds in $WALL and the peak RSS (KiB) in $RSS.  Output goes to a log file.
measure() {
    local label="$1"; shift
    local slug="${label// /-}"
    local logf="$OUT/$SIZE-$slug.log" timef="$OUT/$SIZE-$slug.time"
    local rc=0
    (cd "$BUILD" && /usr/bin/time -f '%e %M' -o "$timef" "$@") >"$logf" 2>&1 || rc=$?
    if [ "$rc" -ne 0 ]; then
        printf '%12s  %-18s  FAILED (exit %d), see %s\n' "$SIZE" "$label" "$rc" "${logf#"$ROOT"/}"
        tail -n 5 "$logf" | sed 's/^/      | /'
        WALL=""; RSS=""; FAILED=1
        return 0
    fi
    read -r WALL RSS < <(tail -n 1 "$timef")
    printf '%12s  %-18s  %9.2f  %12s\n' "$SIZE" "$label" "$WALL" "$(mib "$RSS")"
}

# measure_median RUNS LABEL CMD... : like measure, but runs CMD RUNS times and reports the median wall time
# and the largest peak RSS. Used for the headline patlap/DuckDB pair: on a shared 2-core machine one run can be
# 30% off, the same for both tools.
measure_median() {
    local runs="$1" label="$2"; shift 2
    local walls=() rss_max=0 i
    for ((i = 0; i < runs; i++)); do
        measure "$label (run $((i + 1)))" "$@" >/dev/null
        [ -n "$WALL" ] || { measure "$label" "$@"; return 0; }
        walls+=("$WALL")
        [ "$RSS" -gt "$rss_max" ] && rss_max="$RSS"
    done
    WALL="$(printf '%s\n' "${walls[@]}" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')"
    RSS="$rss_max"
    printf '%12s  %-18s  %9.2f  %12s   (median of %d: %s)\n' "$SIZE" "$label" "$WALL" "$(mib "$RSS")" "$runs" "${walls[*]}"
}

# compare_overlap PATLAP_CSV DUCKDB_CSV : the sets of (min deal, max deal, shared) must match.
compare_overlap() {
    local a="$OUT/$SIZE-pairs-patlap.txt" b="$OUT/$SIZE-pairs-duckdb.txt"
    normalise_pairs "$1" | LC_ALL=C sort -S 20% >"$a"
    normalise_pairs "$2" | LC_ALL=C sort -S 20% >"$b"
    if cmp -s "$a" "$b"; then
        printf '%12s  answer: identical (%d pairs)\n' "$SIZE" "$(wc -l <"$a")"
        rm -f "$a" "$b"
    else
        printf '%12s  answer: DIFFERENT (patlap %d pairs, duckdb %d pairs); first differences (< patlap, > duckdb):\n' \
            "$SIZE" "$(wc -l <"$a")" "$(wc -l <"$b")"
        LC_ALL=C diff "$a" "$b" | grep '^[<>]' | head -n 10 | sed 's/^/              /' || true
        FAILED=1
    fi
}

# same_output LABEL EXPECTED GOT : the two files must be byte-identical (FAILED=1 otherwise).
same_output() {
    local label="$1" expected="$2" got="$3"
    if cmp -s "$expected" "$got"; then
        printf '%12s  %-18s  identical (%d lines)\n' "$SIZE" "$label" "$(wc -l <"$got")"
        return 0
    fi
    printf '%12s  %-18s  DIFFERENT from %s (%d against %d lines); first differences (< expected, > got):\n' \
        "$SIZE" "$label" "$(basename "$expected")" "$(wc -l <"$expected")" "$(wc -l <"$got")"
    LC_ALL=C diff "$expected" "$got" | grep '^[<>]' | head -n 10 | sed 's/^/              /' || true
    FAILED=1
    return 1
}

# xml_throughput RUNS FILE : reads FILE with patlap-xml-throughput RUNS times and prints the median speed; leaves
# it (MB/s) in $MBS, empty when a run failed.
xml_throughput() {
    local runs="$1" file="$2" speeds=() cpu_speeds=() i label v cpu rss_max=0
    MBS=""
    for ((i = 0; i < runs; i++)); do
        label="xml read (run $((i + 1)))"
        measure "$label" "$PATLAP_XML_THROUGHPUT" "$file" >/dev/null
        [ -n "$WALL" ] || { measure "xml read" "$PATLAP_XML_THROUGHPUT" "$file"; return 0; }
        # "... bytes of XML in S s = W MB/s (CPU time C s = U MB/s)": W by the clock, U by the CPU time
        v="$(sed -n 's|.* s = \([0-9.]*\) MB/s.*|\1|p' "$OUT/$SIZE-${label// /-}.log" | tail -n 1)"
        cpu="$(sed -n 's|.*CPU time [0-9.]* s = \([0-9.]*\) MB/s.*|\1|p' "$OUT/$SIZE-${label// /-}.log" | tail -n 1)"
        [ -n "$v" ] || { printf '%12s  %-18s  no MB/s in its output\n' "$SIZE" "xml read"; FAILED=1; return 0; }
        speeds+=("$v")
        cpu_speeds+=("${cpu:-n/a}")
        [ "$RSS" -gt "$rss_max" ] && rss_max="$RSS"
    done
    MBS="$(printf '%s\n' "${speeds[@]}" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')"
    MBS_CPU="$(printf '%s\n' "${cpu_speeds[@]}" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')"
    printf '%12s  %-18s  %9s  %12s   (MB/s by the clock, median of %d: %s; target >= 150)\n' \
        "$SIZE" "xml read MB/s" "$MBS" "$(mib "$rss_max")" "$runs" "${speeds[*]}"
    printf '%12s  %-18s  %9s  %12s   (MB/s by CPU time, what one core does when others load the machine: %s)\n' \
        "$SIZE" "xml read MB/s cpu" "$MBS_CPU" "" "${cpu_speeds[*]}"
    log "              $(sed -n 's|^[^:]*: ||p' "$OUT/$SIZE-${label// /-}.log" | tail -n 1)"
}

# Reads an overlap CSV (columns found by header name: deal_a, deal_b, shared) and prints
# "min,max,shared" per pair, deal ids ordered bytewise (as DuckDB and LC_ALL=C do).
normalise_pairs() {
    python3 - "$1" <<'PY'
import csv, sys
with open(sys.argv[1], newline='', encoding='utf-8') as f:
    r = csv.reader(f)
    head = next(r)
    ia, ib, ish = head.index('deal_a'), head.index('deal_b'), head.index('shared')
    out = sys.stdout
    for row in r:
        a, b = row[ia], row[ib]
        if a.encode() > b.encode():
            a, b = b, a
        out.write(f"{a},{b},{int(row[ish])}\n")
PY
}

# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------
section "machine"
log "cpus:    $(nproc)"
log "cpu:     $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | sed 's/.*: //' || echo unknown)"
log "memory:  $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo 2>/dev/null || echo unknown)"
log "os:      $(. /etc/os-release 2>/dev/null && echo "${PRETTY_NAME:-unknown}" || echo unknown)"
log "commit:  $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo none)"

section "setup"
install_dependencies
mkdir -p "$BUILD" "$DATA" "$OUT"
build
if [ -n "${PATLAP_BIN:-}" ]; then PATLAP="$(realpath "$PATLAP_BIN")"; else PATLAP="$(find_binary patlap)"; fi
if [ -n "${PATLAP_GEN_BIN:-}" ]; then PATLAP_GEN="$(realpath "$PATLAP_GEN_BIN")"; else PATLAP_GEN="$(find_binary patlap-gen)"; fi
PATLAP_GRAPH_MEMORY="$(find_binary patlap-graph-memory)"
PATLAP_XML_THROUGHPUT="$(find_binary patlap-xml-throughput)"
install_duckdb
log "g++:     $(g++ -dumpfullversion 2>/dev/null || echo unknown)"
log "node:    $(node --version)"
log "duckdb:  @duckdb/node-api $(node -p "require('$DUCKDB_DIR/node_modules/@duckdb/node-api/package.json').version" 2>/dev/null || echo unknown)"

section "data"
for SIZE in "${SIZES[@]}"; do
    f="$DATA/transfers-$SIZE.csv"
    if [ ! -s "$f" ]; then
        start=$(date +%s.%N)
        "$PATLAP_GEN" --rows "$SIZE" --seed "$SEED" -o "$f.tmp"
        mv "$f.tmp" "$f"
        secs=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.2f", e - s }')
        log "generated $(basename "$f") in ${secs} s"
    fi
    log "$(basename "$f"): $(mib $(( $(stat -c %s "$f") / 1024 ))) MiB, $SIZE rows"
    # The same simulation as USPTO records: a CSV and an assignment XML holding the same transfers.
    u="$DATA/transfers-$SIZE-uspto.csv" x="$DATA/transfers-$SIZE-uspto.xml"
    if [ ! -s "$u" ] || [ ! -s "$x" ]; then
        start=$(date +%s.%N)
        "$PATLAP_GEN" --rows "$SIZE" --seed "$SEED" --uspto -o "$u.tmp" --xml "$x.tmp"
        mv "$u.tmp" "$u"
        mv "$x.tmp" "$x"
        secs=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.2f", e - s }')
        log "generated $(basename "$u") and $(basename "$x") in ${secs} s"
    fi
    log "$(basename "$u"): $(mib $(( $(stat -c %s "$u") / 1024 ))) MiB; $(basename "$x"): $(mib $(( $(stat -c %s "$x") / 1024 ))) MiB; $SIZE rows"
done

section "measurements (wall seconds, peak RSS MiB)"
printf '%12s  %-18s  %9s  %12s\n' rows command "wall s" "peak RSS MiB"
SUMMARY=()
for SIZE in "${SIZES[@]}"; do
    f="$DATA/transfers-$SIZE.csv"
    p_out="$OUT/overlap-$SIZE-patlap.csv"
    d_out="$OUT/overlap-$SIZE-duckdb.csv"
    rm -f "$p_out" "$d_out"
    # Outputs of an earlier run: replacing one would add the freeing of its pages to the command's time.
    rm -f "$OUT"/{owners,flows,check,flow,clusters,parties-suggest}-"$SIZE".csv "$OUT/graph-around-$SIZE.dot"

    # patlap commands: add new measurements here (owners, flows, check, flow, chain, ...).
    measure "patlap stats" "$PATLAP" stats "$f" --skip-bad-rows --quiet --csv
    s_wall="$WALL"
    # Ownership commands; targets: within 2x stats (chain for one patent: within the load time). The flow pair
    # are the two largest owners of record in the seed-42 data.
    for cmd in owners flows check; do
        # check exits 1 when the data has errors (the generated data has some); only 2 and up is a failure here.
        measure "patlap $cmd" bash -c '"$@"; s=$?; [ "$s" -le 1 ]' _ \
            "$PATLAP" "$cmd" "$f" --skip-bad-rows --quiet --csv -o "$OUT/$cmd-$SIZE.csv"
        [ -n "$WALL" ] && printf '%12s  %-18s  %9s\n' "$SIZE" "ratio $cmd/stats" "$(ratio "$WALL" "$s_wall")"
    done
    measure "duckdb flows" node "$HERE/duckdb_overlap.mjs" "$f" "$OUT/flows-$SIZE-duckdb.csv" flows
    measure "patlap flow" "$PATLAP" flow "$f" --skip-bad-rows --quiet --csv -o "$OUT/flow-$SIZE.csv" \
        --from "Taiwan Wireless" --to "Crown Daewoo Electronics"
    [ -n "$WALL" ] && printf '%12s  %-18s  %9s\n' "$SIZE" "ratio flow/stats" "$(ratio "$WALL" "$s_wall")"
    measure "patlap chain" "$PATLAP" chain "$f" --skip-bad-rows --quiet --csv --patent US4148087
    # Merge suggestions (target: within 2x stats), then how the blocking went.
    measure "parties --suggest" "$PATLAP" parties --suggest --blocking-stats "$f" --skip-bad-rows --quiet --csv \
        -o "$OUT/parties-suggest-$SIZE.csv"
    if [ -n "$WALL" ] && [ -n "$s_wall" ]; then
        printf '%12s  %-18s  %9s  %12s   (target <= 2.00)\n' "$SIZE" "ratio suggest/stats" "$(ratio "$WALL" "$s_wall")" ""
        grep -h '^patlap: suggest:' "$OUT/$SIZE-parties---suggest.log" | sed 's/^patlap: suggest: /              blocking: /' || true
    fi
    measure_median 3 "patlap overlap" "$PATLAP" overlap "$f" --skip-bad-rows --quiet --csv -o "$p_out"
    p_wall="$WALL" p_rss="$RSS"
    measure "patlap clusters" "$PATLAP" clusters "$f" --skip-bad-rows --quiet --csv -o "$OUT/clusters-$SIZE.csv"
    printf '%12s  %-18s  %9s   (target <= 1.50)\n' "$SIZE" "clusters/overlap" "$(ratio "${WALL:-0}" "${p_wall:-0}")"
    # A company of the generated data; two steps from it reach most of the party graph (README, "patlap graph").
    measure "patlap graph around" "$PATLAP" graph "$f" --skip-bad-rows --quiet --around "Baltic Oy" --depth 2 \
        -o "$OUT/graph-around-$SIZE.dot"
    printf '%12s  %-18s  %9s   (target <= 2.00)\n' "$SIZE" "graph around/stats" "$(ratio "${WALL:-0}" "${s_wall:-0}")"

    measure_median 3 "duckdb overlap" node "$HERE/duckdb_overlap.mjs" "$f" "$d_out"
    d_wall="$WALL" d_rss="$RSS"

    if [ -n "$p_wall" ] && [ -n "$d_wall" ]; then
        rw="$(ratio "$p_wall" "$d_wall")" rr="$(ratio "$p_rss" "$d_rss")"
        printf '%12s  %-18s  %9s  %12s   (targets <= 0.50)\n' "$SIZE" "ratio patlap/duckdb" "$rw" "$rr"
        compare_overlap "$p_out" "$d_out"
        SUMMARY+=("$(printf '%12s  wall %5s  peak RSS %5s' "$SIZE" "$rw" "$rr")")
    else
        printf '%12s  answer: not compared (a command failed)\n' "$SIZE"
        SUMMARY+=("$(printf '%12s  failed' "$SIZE")")
    fi
done

section "USPTO XML: the same transfers as assignment XML and as CSV (wall seconds, peak RSS MiB)"
printf '%12s  %-18s  %9s  %12s\n' rows command "wall s" "peak RSS MiB"
XML_SUMMARY=()
for SIZE in "${SIZES[@]}"; do
    u="$DATA/transfers-$SIZE-uspto.csv" x="$DATA/transfers-$SIZE-uspto.xml"
    o_csv="$OUT/overlap-$SIZE-uspto-csv.csv" o_xml="$OUT/overlap-$SIZE-uspto-xml.csv"
    conv="$OUT/convert-$SIZE-uspto.csv" o_conv="$OUT/overlap-$SIZE-uspto-converted.csv"
    rm -f "$o_csv" "$o_xml" "$conv" "$o_conv"

    # The reader alone, on one core: the headline figure.
    xml_throughput 3 "$x"
    mbs="$MBS" mbs_cpu="${MBS_CPU:-}"

    # Loading: stats reads everything and builds the dataset; memory target: the XML path no more than the CSV's.
    measure "stats uspto csv" "$PATLAP" stats "$u" --quiet --csv
    sc_wall="$WALL" sc_rss="$RSS"
    measure "stats uspto xml" "$PATLAP" stats "$x" --quiet --csv
    sx_wall="$WALL" sx_rss="$RSS"
    sw="n/a" sr="n/a"
    if [ -n "$sc_wall" ] && [ -n "$sx_wall" ]; then
        sw="$(ratio "$sx_wall" "$sc_wall")" sr="$(ratio "$sx_rss" "$sc_rss")"
        printf '%12s  %-18s  %9s  %12s   (RSS target <= 1.00)\n' "$SIZE" "ratio stats x/c" "$sw" "$sr"
    fi

    measure "overlap uspto csv" "$PATLAP" overlap "$u" --quiet --csv -o "$o_csv"
    oc_wall="$WALL" oc_rss="$RSS"
    measure "overlap uspto xml" "$PATLAP" overlap "$x" --quiet --csv -o "$o_xml"
    ox_wall="$WALL" ox_rss="$RSS"
    ow="n/a" orr="n/a"
    if [ -n "$oc_wall" ] && [ -n "$ox_wall" ]; then
        ow="$(ratio "$ox_wall" "$oc_wall")" orr="$(ratio "$ox_rss" "$oc_rss")"
        printf '%12s  %-18s  %9s  %12s   (RSS target <= 1.00)\n' "$SIZE" "ratio overlap x/c" "$ow" "$orr"
    fi

    # The round trip: XML -> canonical CSV -> overlap gives the generator's CSV's answer, byte for byte.
    measure "convert uspto xml" "$PATLAP" convert "$x" --quiet -o "$conv"
    [ -n "$WALL" ] && measure "overlap converted" "$PATLAP" overlap "$conv" --quiet --csv -o "$o_conv"
    trip="failed"
    if [ -n "$oc_wall" ] && [ -n "$ox_wall" ] && [ -s "$o_conv" ]; then
        same_output "answer xml" "$o_csv" "$o_xml" && xml_same=1 || xml_same=0
        if same_output "answer round trip" "$o_csv" "$o_conv" && [ "$xml_same" = 1 ]; then
            trip="identical ($(($(wc -l <"$o_csv") - 1)) pairs)"
            rm -f "$conv"   # large; kept when the answers differ
        else
            trip="DIFFERENT"
        fi
    else
        printf '%12s  answer: round trip not compared (a command failed)\n' "$SIZE"
        FAILED=1
    fi
    XML_SUMMARY+=("$(printf '%12s  xml read %s MB/s (CPU time: %s)  stats xml/csv wall %s RSS %s  overlap xml/csv wall %s RSS %s  round trip %s' \
        "$SIZE" "${mbs:-n/a}" "${mbs_cpu:-n/a}" "$sw" "$sr" "$ow" "$orr" "$trip")")
done

section "graph memory: the CSR graph patlap builds against a Boost adjacency_list with the same edges"
for SIZE in "${SIZES[@]}"; do
    log "$SIZE rows:"
    "$PATLAP_GRAPH_MEMORY" "$DATA/transfers-$SIZE.csv" | sed 's/^/    /' || FAILED=1
done

section "summary: overlap patlap/duckdb ratios (targets <= 0.50)"
printf '%s\n' "${SUMMARY[@]}"
section "summary: USPTO XML (targets: read >= 150 MB/s, RSS xml/csv <= 1.00, round trip identical)"
printf '%s\n' "${XML_SUMMARY[@]}"
if [ "$FAILED" -ne 0 ]; then
    log "FAILED: a command failed or the answers differ"
    exit 1
fi
