# convert writes the canonical transfer CSV; loading it gives the same overlap and deals as the XML.
$PATLAP convert uspto/ad20160101.xml -o "$TMP/converted.csv"
head -4 "$TMP/converted.csv"
$PATLAP overlap uspto/ad20160101.xml --csv >"$TMP/a"
$PATLAP overlap "$TMP/converted.csv" --csv >"$TMP/b"
cmp "$TMP/a" "$TMP/b" && echo "overlap: same ($(wc -l <"$TMP/a") lines)"
$PATLAP convert uspto/search/lookup_patent_8789601_rows100.xml -o "$TMP/lookup.csv"
grep -m3 "AGENT" "$TMP/lookup.csv"
