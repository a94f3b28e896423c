#!/usr/bin/env bash
# Configures and builds the checking tree, build-san (or $PATLAP_SAN_BUILD): clang, AddressSanitizer and
# UndefinedBehaviorSanitizer on everything, the test suite, and the libFuzzer targets of tests/fuzz.
# Usage: tests/sanitize-build.sh [TARGET...]   (no target: build everything)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${PATLAP_SAN_BUILD:-$root/build-san}
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S "$root" -B "$build" -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Debug -DPATLAP_FUZZ=ON \
    -DPATLAP_BUILD_TOOLS=OFF >/dev/null
fi
targets=()
for target in "$@"; do targets+=(--target "$target"); done
cmake --build "$build" -j2 "${targets[@]}"
