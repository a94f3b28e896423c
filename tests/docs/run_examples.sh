#!/usr/bin/env bash
# Runs every example in the given Markdown files and compares what it prints with what the file shows, so that no
# example can go stale. Usage: run_examples.sh PATLAP FILE.md...  (paths relative to the repository root)
#
# What counts as an example (docs/manual.md, "Examples in the docs", says it for writers):
#  - in a fenced block, a line `$ COMMAND`: COMMAND is run, and the lines after it (up to the next `$ ` line or the
#    end of the block) are what it prints, stdout and stderr as a terminal shows them; a line `...` stands for any
#    number of lines;
#  - in a ```sh block, a line starting `patlap `: it is run and must exit 0; `#   ` lines right after it are the
#    first lines it prints (the text after `#   `); a trailing `  # comment` is not part of the command;
#  - in a ```yaml block, a line `- run: patlap ...`: it is run and must exit 0.
# Other blocks are not run: ```text for synopses and for commands that change the machine (installing completion
# scripts), ```csv for file contents.
#
# Each command runs with bash in a scratch copy of data/, docs/ and tests/fixtures/ (so its -o files land there),
# `patlap` on PATH (and as ./build/patlap), HOME a scratch folder, on a pseudo-terminal 240 columns wide (script(1)), as an analyst at a wide terminal sees it.
set -u
patlap=$(realpath "$1")
shift
root=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/bin" "$tmp/root/tests" "$tmp/root/build" "$tmp/home"
ln -s "$patlap" "$tmp/bin/patlap"
ln -s "$patlap" "$tmp/root/build/patlap"  # README's quick start runs ./build/patlap

# Splits the files into examples: "C<TAB>FILE:LINE<TAB>KIND<TAB>COMMAND" then "E<TAB>expected line" per line it
# should print. KIND: whole (all it prints, `...` allowed), start (its first lines), status (just exit 0).
extract() {
  awk -v file="$1" '
    /^```/ {
      if (!in_block) { in_block = 1; lang = substr($0, 4); console = 0; last = "" }
      else { in_block = 0 }
      next
    }
    !in_block { next }
    /^\$ / {
      console = 1
      printf "C\t%s:%d\twhole\t%s\n", file, FNR, substr($0, 3)
      last = "whole"
      next
    }
    console { printf "E\t%s\n", $0; next }
    lang == "sh" && /^patlap / {
      command = $0
      sub(/  +# .*$/, "", command)
      printf "C\t%s:%d\tstart\t%s\n", file, FNR, command
      last = "start"
      next
    }
    lang == "sh" && last == "start" && /^#   / { printf "E\t%s\n", substr($0, 5); next }
    lang == "sh" { last = ""; next }
    lang == "yaml" && /^ *- run: patlap / {
      command = $0
      sub(/^ *- run: /, "", command)
      printf "C\t%s:%d\tstatus\t%s\n", file, FNR, command
      next
    }
  ' "$root/$1"
}

# Compares what was printed ($1) with what was expected ($2): KIND whole, or start.
matches() {
  awk -v kind="$3" '
    FNR == NR { sub(/[ \t\r]+$/, ""); actual[++n] = $0; next }
    { sub(/[ \t]+$/, ""); expected[++m] = $0 }
    END {
      while (m > 0 && expected[m] == "") m--  # blank lines before the next command: spacing
      i = 1; skipping = 0
      for (j = 1; j <= m; j++) {
        if (expected[j] == "...") { skipping = 1; continue }
        if (skipping) {
          while (i <= n && actual[i] != expected[j]) i++
          if (i > n) exit 1
          skipping = 0
        } else if (i > n || actual[i] != expected[j]) exit 1
        i++
      }
      if (kind == "whole" && !skipping && i <= n) exit 1
    }
  ' "$1" "$2"
}

examples=0
failures=0
run_one() {  # where kind command; the expected lines are in $tmp/expected
  local where=$1 kind=$2 command=$3
  examples=$((examples + 1))
  rm -rf "$tmp/root/data" "$tmp/root/docs" "$tmp/root/tests/fixtures"
  cp -r "$root/data" "$root/docs" "$tmp/root/"
  cp -r "$root/tests/fixtures" "$tmp/root/tests/fixtures"
  printf '%s\n' "$command" >"$tmp/command"
  (cd "$tmp/root" && HOME="$tmp/home" PATH="$tmp/bin:$PATH" TERM=dumb script -qec "stty cols 240 rows 50; bash $tmp/command" /dev/null \
     </dev/null >"$tmp/printed" 2>&1)
  local status=$?
  tr -d '\r' <"$tmp/printed" >"$tmp/actual"
  local ok=1
  if [ "$kind" = status ] || [ "$kind" = start ]; then [ "$status" = 0 ] || ok=0; fi
  if [ "$kind" != status ] && ! matches "$tmp/actual" "$tmp/expected" "$kind"; then ok=0; fi
  if [ "$ok" = 0 ]; then
    failures=$((failures + 1))
    echo "== $where: $command (exit $status)"
    echo "-- the docs show:"
    cat "$tmp/expected"
    echo "-- it prints:"
    head -40 "$tmp/actual"
    echo
  fi
}

for doc in "$@"; do
  pending=""
  : >"$tmp/expected"
  while IFS= read -r record; do
    case $record in
      C$'\t'*)
        [ -n "$pending" ] && run_one "${pending%%$'\t'*}" "$(cut -f2 <<<"$pending")" "$(cut -f3- <<<"$pending")"
        pending=${record#C$'\t'}
        : >"$tmp/expected"
        ;;
      E$'\t'*) printf '%s\n' "${record#E$'\t'}" >>"$tmp/expected" ;;
    esac
  done < <(extract "$doc")
  [ -n "$pending" ] && run_one "${pending%%$'\t'*}" "$(cut -f2 <<<"$pending")" "$(cut -f3- <<<"$pending")"
done
echo "$examples example(s) run, $failures differ from the docs"
[ "$failures" = 0 ]
