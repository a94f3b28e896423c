#!/usr/bin/env bash
# The whole check, as CI runs it (.ci/run runs the README's test command, which ends by running this):
#  1. the Release build (build/) and the test suite;
#  2. the same test suite built with AddressSanitizer and UndefinedBehaviorSanitizer (build-san/: clang, -O1, see
#     tests/sanitize-build.sh), which also replays every fuzz target's regression inputs and seeds;
#  3. the end-to-end suite with patlap built under ThreadSanitizer (build-tsan/: clang, -O1, see
#     tests/sanitize-build.sh): its case threads_same_bytes runs every report on one thread and on four (the unit
#     tests' threads run under AddressSanitizer in step 2; building them under ThreadSanitizer too would cost CI
#     minutes for little: the threaded code is in patlap itself);
#  4. every fuzz target for a few seconds each ($PATLAP_CI_FUZZ_SECONDS, default 3).
# Every test has at most 900 s (ctest --timeout): a test that hangs fails its step, by name, instead of stalling CI.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$SECONDS
took=()
step() {  # runs a step, noting how long it took
  local begin=$SECONDS
  "$@"
  took+=("$(printf '%5d s  %s' $((SECONDS - begin)) "$*")")
}
step cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DPATLAP_BUILD_TOOLS=OFF  # no test needs the benchmark helpers
step cmake --build build -j2
step ctest --timeout 900 --test-dir build --output-on-failure -j2
step tests/sanitize-build.sh
# threads_same_bytes runs in steps 1 and 3; the heavy_ cases (a million rows and more) take minutes under the
# sanitizers and run in step 1.
step ctest --timeout 900 --test-dir build-san --output-on-failure -j2 -E '^e2e\.(threads_same_bytes|heavy_.*)$'
step tests/sanitize-build.sh --thread patlap patlap-gen
step ctest --timeout 900 --test-dir build-tsan --output-on-failure -j2 -R '^e2e\.' -E '^e2e\.heavy_'
step tests/fuzz/run.sh all "${PATLAP_CI_FUZZ_SECONDS:-3}"
printf '%s\n' "${took[@]}"
echo "tests/ci.sh: all passed in $((SECONDS - start)) s"
