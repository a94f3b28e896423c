# Standard input and gzip: the kind of input is told from the content, not the name.
gzip -c uspto/search/lookup_patent_8789601_rows100.xml >"$TMP/lookup.gz"
$PATLAP stats - <"$TMP/lookup.gz" | grep -E "^(records_read|transfers|deals)"
