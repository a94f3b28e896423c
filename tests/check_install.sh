#!/usr/bin/env bash
# `cmake --install` puts bin/patlap and share/man/man1/patlap.1 in place, and the installed page renders.
set -eu
build=$1
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null
test -x "$prefix/bin/patlap"
page=$prefix/share/man/man1/patlap.1
test -f "$page"
if command -v man >/dev/null; then text=$(MANWIDTH=100 man -l "$page" 2>&1); else text=$(groff -man -Tutf8 "$page"); fi
for section in NAME SYNOPSIS DESCRIPTION COMMANDS 'EXIT STATUS' EXAMPLES; do
  grep -q "^$section\$" <<<"$text" || { echo "no section $section in the installed page"; exit 1; }
done
"$prefix/bin/patlap" --version
