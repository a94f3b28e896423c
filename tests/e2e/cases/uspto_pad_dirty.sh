# Dirty PAD tables: the load stops at the first unusable row, or counts and reports each under --skip-bad-rows.
$PATLAP stats pad/dirty; echo "exit $?"
$PATLAP stats pad/dirty --skip-bad-rows | grep -E "^(records_read|rows_skipped|transfers|deals)"; echo "exit $?"
