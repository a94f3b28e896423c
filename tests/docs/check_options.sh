#!/usr/bin/env bash
# docs/manual.md describes every command and option patlap has, and the docs name no option patlap lacks.
# Usage: check_options.sh PATLAP  (the commands and options come from the binary's own --help)
set -u
patlap=$1
root=$(cd "$(dirname "$0")/../.." && pwd)
manual=$root/docs/manual.md
failed=0
commands=$("$patlap" --help | awk '/^Subcommands:/ { on = 1; next } on && /^  [a-z]/ { print $1 }')
known=$("$patlap" --help | grep -o -- '--[a-z][a-z0-9-]*')
for command in $commands; do
  if ! grep -q -E "^#+ .*\`patlap $command( |\`)" "$manual"; then
    echo "docs/manual.md: no section for \`patlap $command\`"
    failed=1
  fi
  options=$("$patlap" "$command" --help | grep -o -E -- '(^|[ ,])--[a-z][a-z0-9-]*' | grep -o -- '--[a-z0-9-]*' | sort -u)
  for option in $options; do
    [ "$option" = --help ] && continue
    if ! grep -q -E -- "$option([^a-z0-9-]|$)" "$manual"; then
      echo "docs/manual.md: \`patlap $command $option\` is not described"
      failed=1
    fi
  done
  known+=$'\n'$options
done
# Options of the other programs the docs show (cmake, ctest, apt-get, sort, jq, ...), not patlap's.
others='--build --test-dir --output-on-failure --install --prefix --target --parallel --config --change --thread
--preset --no-install-recommends --depth --recursive --slurp --raw-output --compact-output --arg --fuzz
--oneline --version'
for doc in README.md docs/manual.md; do
  for option in $(grep -o -E -- '(^|[^a-z0-9-])--[a-z][a-z0-9-]*' "$root/$doc" | grep -o -- '--[a-z0-9-]*' | sort -u); do
    if ! grep -q -x -F -- "$option" <<<"$known" && ! grep -q -w -F -- "$option" <<<"$others"; then
      echo "$doc: names $option, which no patlap command has"
      failed=1
    fi
  done
done
[ "$failed" = 0 ] && echo "every command and option is in docs/manual.md; the docs name no other"
exit $failed
