#!/usr/bin/env bash
# Runs libFuzzer targets (tests/fuzz/NAME.cpp, built as fuzz_NAME in build-san by tests/sanitize-build.sh).
#
#   tests/fuzz/run.sh NAME SECONDS     fuzz one target for SECONDS on one core
#   tests/fuzz/run.sh all SECONDS      each target in turn (CI: tests/ci.sh runs this for a few seconds each)
#   tests/fuzz/run.sh --list           the targets
#   tests/fuzz/run.sh --replay NAME BINARY   run the target once on each regression input and seed (ctest does this)
#
# A target's header comments say what it needs: `// fuzz-seeds: GLOB...` (seed files, relative to the repository
# root), `// fuzz-seed-fields: yes` (split the seed files into their CSV fields, one seed each, for targets that
# take one value), `// fuzz-dict: FILE` and `// fuzz-max-len: N`. The corpus grows in build-san/fuzz/NAME/corpus
# across runs; a crash is written to build-san/fuzz/NAME/ and the run fails. Copy the crashing input to
# tests/fuzz/regressions/NAME/ (ctest then replays it in the sanitizer build), fix the bug, and add a test.
# PATLAP_SAN_BUILD names another build folder; PATLAP_FUZZ_NO_BUILD=1 runs the binaries already there.
set -euo pipefail
shopt -s nullglob
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${PATLAP_SAN_BUILD:-$root/build-san}
here=$root/tests/fuzz

targets() { for f in "$here"/*.cpp; do basename "$f" .cpp; done; }
meta() { sed -n "s|^// fuzz-$2: ||p" "$here/$1.cpp" | head -1; }
seed_files() { (cd "$root" && for pattern in $(meta "$1" seeds); do for f in $pattern; do [ -f "$f" ] && echo "$root/$f"; done; done); }
regressions() { for f in "$here/regressions/$1"/*; do [ -f "$f" ] && echo "$f"; done; }

replay() {
  local name=$1 binary=$2
  mapfile -t inputs < <(regressions "$name"; seed_files "$name")
  [ ${#inputs[@]} -gt 0 ] || { echo "no inputs for $name"; exit 1; }
  "$binary" -runs=1 "${inputs[@]}" >"${TMPDIR:-/tmp}/fuzz-replay-$name.$$.log" 2>&1 || {
    cat "${TMPDIR:-/tmp}/fuzz-replay-$name.$$.log"; rm -f "${TMPDIR:-/tmp}/fuzz-replay-$name.$$.log"; exit 1; }
  rm -f "${TMPDIR:-/tmp}/fuzz-replay-$name.$$.log"
  echo "$name: ${#inputs[@]} inputs replayed"
}

fuzz() {
  local name=$1 seconds=$2
  local work=$build/fuzz/$name
  mkdir -p "$work/corpus"
  rm -rf "$work/seeds" && mkdir -p "$work/seeds"
  local i=0
  while read -r f; do
    if [ "$(meta "$name" seed-fields)" = yes ]; then
      tr ',\t\r' '\n\n\n' <"$f" | sort -u | awk -v dir="$work/seeds" -v base="$i" \
        'length($0) > 0 { file = dir "/" base "-" NR; printf "%s", $0 > file; close(file) }'
    else
      cp "$f" "$work/seeds/$i-$(basename "$f")"
    fi
    i=$((i + 1))
  done < <(seed_files "$name")
  for f in $(regressions "$name"); do cp "$f" "$work/seeds/"; done
  local options=(-max_total_time="$seconds" -timeout=10 -print_final_stats=1 -artifact_prefix="$work/")
  local dict max_len
  dict=$(meta "$name" dict)
  max_len=$(meta "$name" max-len)
  [ -n "$dict" ] && options+=(-dict="$root/$dict")
  [ -n "$max_len" ] && options+=(-max_len="$max_len")
  local log=$work/last-run.log
  echo "fuzzing $name for ${seconds}s (log: ${log#$root/})"
  [ -x "$build/fuzz/fuzz_$name" ] || { echo "no $build/fuzz/fuzz_$name: build failed?"; return 1; }
  if ! "$build/fuzz/fuzz_$name" "${options[@]}" "$work/corpus" "$work/seeds" >"$log" 2>&1; then
    tail -n 60 "$log"
    echo "FAILED: $name found a problem; the input is in ${work#$root/}/ (crash-*, leak-*, timeout-* or oom-*)."
    echo "Copy it to tests/fuzz/regressions/$name/, fix the bug, and add a test."
    return 1
  fi
  # The figures of the run: executions, speed, coverage (edges), corpus size.
  local runs rate cov corpus
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
  cov=$(grep -E '^#[0-9]+[[:space:]]+DONE' "$log" | sed -n 's/.* cov: \([0-9]*\).*/\1/p')
  corpus=$(grep -E '^#[0-9]+[[:space:]]+DONE' "$log" | sed -n 's/.* corp: \([^ ]*\).*/\1/p')
  echo "$name: ${seconds}s, $runs runs ($rate/s), coverage $cov edges, corpus $corpus, no finding"
}

case "${1:-}" in
  --list) targets ;;
  --replay) replay "$2" "$3" ;;
  ""|-h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
  *)
    name=$1
    seconds=${2:?give the number of seconds to fuzz}
    if [ "$name" = all ]; then mapfile -t names < <(targets); else names=("$name"); fi
    for n in "${names[@]}"; do [ -f "$here/$n.cpp" ] || { echo "no fuzz target $n (see --list)"; exit 2; }; done
    [ "${PATLAP_FUZZ_NO_BUILD:-0}" = 1 ] || "$root/tests/sanitize-build.sh" "${names[@]/#/fuzz_}" >/dev/null
    status=0
    for n in "${names[@]}"; do fuzz "$n" "$seconds" || status=1; done
    exit $status
    ;;
esac
