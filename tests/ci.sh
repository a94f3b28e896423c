#!/usr/bin/env bash
# The whole check, as CI runs it (.ci/run runs the README's test command, which ends by running this):
#  1. the Release build (build/) and the test suite;
#  2. the same test suite built with AddressSanitizer and UndefinedBehaviorSanitizer (build-san/: clang, -O1, see
#     tests/sanitize-build.sh), which also replays every fuzz target's regression inputs and seeds;
#  3. every fuzz target for a few seconds each ($PATLAP_CI_FUZZ_SECONDS, default 10).
set -euo pipefail
cd "$(dirname "$0")/.."
start=$SECONDS
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release
cmake --build build -j2
ctest --test-dir build --output-on-failure -j2
tests/sanitize-build.sh
ctest --test-dir build-san --output-on-failure -j2
tests/fuzz/run.sh all "${PATLAP_CI_FUZZ_SECONDS:-10}"
echo "tests/ci.sh: all passed in $((SECONDS - start)) s"
