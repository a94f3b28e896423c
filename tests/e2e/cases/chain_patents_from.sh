printf "# the lien and the name change\nUS400\n\n  US-700  \n" > "$TMP/list"
$PATLAP chain ownership.csv --patents-from "$TMP/list" --tsv
