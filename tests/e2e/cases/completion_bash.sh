# The bash completion script is valid bash and offers every command of --help.
$PATLAP completion bash >"$TMP/patlap.bash" || exit
bash -n "$TMP/patlap.bash" && echo "bash -n: ok"
for command in $($PATLAP --help | sed -n '/^Subcommands:/,$p' | awk 'NR > 1 && NF { print $1 }'); do
  if grep -q "^        $command)" "$TMP/patlap.bash"; then echo "$command: completed"; else echo "$command: MISSING"; fi
done
