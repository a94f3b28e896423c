# An option value that can match nothing, or everything, is a usage error (exit 2), not a silent match of every
# row: an empty or punctuation-only party name, and a score that is not a number from 0 to 1.
for args in "owners small.csv --party ''" "graph small.csv --around ' - '" "overlap small.csv --party ''" \
            "flow small.csv --from '' --to Xiaomi" "parties small.csv --suggest --min-score nan" \
            "parties small.csv --suggest --min-score 1.5"; do
  eval "\$PATLAP $args" 2>&1 | head -1; echo "exit ${PIPESTATUS[0]}"
done
