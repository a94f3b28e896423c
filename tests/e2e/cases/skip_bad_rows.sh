$PATLAP stats bad/mixed.csv --skip-bad-rows | sed -E "s/^load_seconds,.*/load_seconds,(varies)/"
