#!/usr/bin/env bash
# .ci/run must run exactly the README's test command (the quick start's second command, the one that ends in
# tests/ci.sh): fails, showing both, when they drift apart.
root=$(cd "$(dirname "$0")/.." && pwd)
readme=$(grep -E '^apt-get .*tests/ci\.sh$' "$root/README.md")
ci=$(grep -E '^apt-get .*tests/ci\.sh$' "$root/.ci/run")
if [ -z "$readme" ] || [ "$readme" != "$ci" ]; then
  printf 'README: %s\n.ci/run: %s\n' "$readme" "$ci"
  exit 1
fi
