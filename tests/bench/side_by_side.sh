# tests/bench/side_by_side.sh - sourced by the benchmark scripts that time runs side by side (pad.sh,
# transactions.sh) and by run.sh for DuckDB. Needs WORK (a scratch folder) for `timed`, DUCKDB_DIR and
# DUCKDB_NODE_VERSION for `install_duckdb`.

# timed FILE COMMAND...: runs COMMAND (its output dropped; on failure its stderr shown and the script ends) and
# appends "wall_seconds peak_rss_kib" to FILE.
timed() {
    local file=$1; shift
    /usr/bin/time -f '%e %M' -o "$WORK/time" "$@" >/dev/null 2>"$WORK/err" || { cat "$WORK/err"; exit 1; }
    cat "$WORK/time" >>"$file"
}

# median FILE: the median wall seconds and the median peak RSS (MiB) of the runs listed in FILE.
median() {
    local wall rss
    wall=$(cut -d' ' -f1 "$1" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
    rss=$(cut -d' ' -f2 "$1" | sort -n | awk '{ v[NR] = $1 } END { printf "%.0f", v[int((NR + 1) / 2)] / 1024 }')
    echo "$wall $rss"
}

# install_duckdb: DuckDB's Node API into DUCKDB_DIR, unless it is there.
install_duckdb() {
    if [ -d "$DUCKDB_DIR/node_modules/@duckdb/node-api" ]; then return 0; fi
    printf '%s\n' "npm: installing @duckdb/node-api@$DUCKDB_NODE_VERSION into build-bench/duckdb/"
    mkdir -p "$DUCKDB_DIR"
    [ -f "$DUCKDB_DIR/package.json" ] || echo '{ "name": "patlap-bench-duckdb", "private": true }' >"$DUCKDB_DIR/package.json"
    (cd "$DUCKDB_DIR" && npm install --no-audit --no-fund --loglevel=error "@duckdb/node-api@$DUCKDB_NODE_VERSION" >/dev/null)
}
