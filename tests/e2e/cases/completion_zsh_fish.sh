# The zsh and fish scripts name every command, and pass `zsh -n` and `fish -n` where those shells are installed
# (nothing is printed for a shell that is missing, so the expected output holds either way).
$PATLAP completion zsh >"$TMP/_patlap" || exit
$PATLAP completion fish >"$TMP/patlap.fish" || exit
if command -v zsh >/dev/null; then zsh -n "$TMP/_patlap" || echo "zsh -n: FAILED"; fi
if command -v fish >/dev/null; then fish -n "$TMP/patlap.fish" || echo "fish -n: FAILED"; fi
head -1 "$TMP/_patlap"
for command in $($PATLAP --help | sed -n '/^Subcommands:/,$p' | awk 'NR > 1 && NF { print $1 }'); do
  zsh=missing fish=missing
  grep -q "^            '$command:" "$TMP/_patlap" && grep -q "^        $command) _arguments" "$TMP/_patlap" && zsh=ok
  grep -q "__fish_use_subcommand -a $command " "$TMP/patlap.fish" && fish=ok
  echo "$command: zsh $zsh, fish $fish"
done
grep -F -e "--format[" "$TMP/_patlap" | sort -u | sed 's/^ *//'
grep -F "__fish_seen_subcommand_from overlap' -l format" "$TMP/patlap.fish"
grep -F "__fish_seen_subcommand_from overlap' -s o -l output" "$TMP/patlap.fish"
