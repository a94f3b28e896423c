#!/usr/bin/env bash
# Runs one end-to-end case: cases/NAME.sh is a bash snippet run in tests/fixtures with $PATLAP set to the built
# binary and $TMP to a scratch folder. Its stdout must equal cases/NAME.out, its stderr cases/NAME.err (empty
# when that file is missing), and its exit status cases/NAME.status (0 when missing).
# With UPDATE=1 the expectation files are rewritten from what the case produced (review them before committing).
set -u
patlap=$1
name=$2
here=$(cd "$(dirname "$0")" && pwd)
cases=$here/cases
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cd "$here/../fixtures"
PATLAP=$patlap TMP=$tmp bash "$cases/$name.sh" >"$tmp/stdout" 2>"$tmp/stderr" </dev/null
status=$?

if [ "${UPDATE:-0}" = 1 ]; then
  cp "$tmp/stdout" "$cases/$name.out"
  if [ -s "$tmp/stderr" ]; then cp "$tmp/stderr" "$cases/$name.err"; else rm -f "$cases/$name.err"; fi
  if [ "$status" != 0 ]; then echo "$status" >"$cases/$name.status"; else rm -f "$cases/$name.status"; fi
  exit 0
fi

failed=0
expected_status=0
[ -f "$cases/$name.status" ] && expected_status=$(cat "$cases/$name.status")
if [ "$status" != "$expected_status" ]; then
  echo "exit status $status, expected $expected_status"
  failed=1
fi
if ! diff -u "$cases/$name.out" "$tmp/stdout"; then
  echo "stdout differs from cases/$name.out"
  failed=1
fi
expected_err=/dev/null
[ -f "$cases/$name.err" ] && expected_err=$cases/$name.err
if ! diff -u "$expected_err" "$tmp/stderr"; then
  echo "stderr differs from ${expected_err#$here/}"
  failed=1
fi
exit $failed
