#!/usr/bin/env bash
# The layers of lib/, lowest first: base < model < input, analysis (siblings) < output; app/ sits on top. A
# folder includes only its own layer and lower ones, so each layer can be read, tested and replaced without
# those above it. Prints every include that reaches up (or sideways between the siblings) and fails if any does.
set -u
cd "$(dirname "$0")/.."
allowed() {
  case $1 in
    base) echo "base" ;;
    model) echo "base model" ;;
    input) echo "base model input" ;;
    analysis) echo "base model analysis" ;;
    output) echo "base model input analysis output" ;;
  esac
}
status=0
for layer in base model input analysis output; do
  [ -d "lib/$layer" ] || { echo "missing layer lib/$layer"; status=1; continue; }
  ok=" $(allowed $layer) "
  while IFS=: read -r file line text; do
    target=$(sed -E 's/.*#include "([a-z_]+)\/.*/\1/' <<<"$text")
    case "$ok" in *" $target "*) ;; *) echo "$file:$line: $layer includes $target: $text"; status=1 ;; esac
  done < <(grep -rnE '^#include "[a-z_]+/' "lib/$layer")
done
for dir in lib/*/; do
  layer=$(basename "$dir")
  [ -n "$(allowed "$layer")" ] || { echo "lib/$layer is not a known layer"; status=1; }
done
[ $status -eq 0 ] && echo "layers: every include goes to its own layer or a lower one"
exit $status
