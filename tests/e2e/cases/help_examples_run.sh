# Every example at the end of every command's --help runs on the sample data (from the repository root) with
# status 0, or 1 for check's gates; and every command has two or three examples.
cd ../.. || exit
export HOME=$TMP  # the completion examples write to ~
mkdir -p ~/.zsh ~/.config/fish/completions
for command in $($PATLAP --help | sed -n '/^Subcommands:/,$p' | awk 'NR > 1 && NF { print $1 }'); do
  examples=$($PATLAP "$command" --help | sed -n 's/^  \$ patlap //p')
  count=$(grep -c . <<<"$examples")
  [ "$count" -ge 2 ] && [ "$count" -le 3 ] || echo "$command: $count examples, expected 2 or 3"
  while read -r line; do
    eval "\"\$PATLAP\" $line" >/dev/null 2>&1
    status=$?
    allowed=0
    [ "$command" = check ] && allowed='0 1'
    grep -qw "$status" <<<"$allowed" || echo "UNEXPECTED STATUS:"
    echo "$status  patlap $line"
  done <<<"$examples"
done
