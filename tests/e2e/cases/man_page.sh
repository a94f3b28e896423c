# The man page renders without warnings, has its sections, and lists each command of --help with its options
# (checked with the last option of each command's --help: the command's own ones come last).
$PATLAP man >"$TMP/patlap.1" || exit
groff -ww -z -man "$TMP/patlap.1"
groff -man -Tutf8 -P-cbou -rLL=100n "$TMP/patlap.1" 2>&1 >"$TMP/patlap.txt"
grep -E '^[A-Z][A-Z ]+$' "$TMP/patlap.txt"
for command in $($PATLAP --help | sed -n '/^Subcommands:/,$p' | awk 'NR > 1 && NF { print $1 }'); do
  option=$($PATLAP "$command" --help | grep -oE '^  (-[a-z],)?--[a-z-]+' | grep -v -e --help | tail -1 |
    sed 's/.*,//; s/^ *//')
  [ -n "$option" ] || option=$($PATLAP "$command" --help | grep -oE '^  [A-Z]+' | tail -1 | sed 's/^ *//')
  section=$(awk -v c="   $command" '$0 == c { on = 1; next } on && /^   [a-z]/ { exit } on' "$TMP/patlap.txt")
  if grep -q -e "^       $option" -e "^       -., $option" <<<"$section"; then echo "$command: $option"
  else echo "$command: $option MISSING"; fi
done
grep -A4 '^EXIT STATUS' "$TMP/patlap.txt"
