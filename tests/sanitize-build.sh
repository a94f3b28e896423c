#!/usr/bin/env bash
# Configures and builds a checking tree with clang:
#  - by default build-san (or $PATLAP_SAN_BUILD): AddressSanitizer and UndefinedBehaviorSanitizer on everything,
#    the test suite, and the libFuzzer targets of tests/fuzz;
#  - with --thread, build-tsan (or $PATLAP_TSAN_BUILD): ThreadSanitizer on everything, the binary and the test
#    suite (every report is written by several threads; a race aborts).
# Usage: tests/sanitize-build.sh [--thread] [TARGET...]   (no target: build everything)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${PATLAP_SAN_BUILD:-$root/build-san}
flags=(-DPATLAP_FUZZ=ON)
if [ "${1:-}" = --thread ]; then
  shift
  build=${PATLAP_TSAN_BUILD:-$root/build-tsan}
  flags=(-DPATLAP_TSAN=ON)
fi
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S "$root" -B "$build" -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Debug "${flags[@]}" \
    -DPATLAP_BUILD_TOOLS=OFF >/dev/null
fi
targets=()
for target in "$@"; do targets+=(--target "$target"); done
cmake --build "$build" -j2 "${targets[@]}"
