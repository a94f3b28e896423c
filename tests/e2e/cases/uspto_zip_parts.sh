# Several archives given together (the backfile comes in parts) are one dataset, as several XML files are; so is
# one archive holding several XML files.
fixtures=$PWD
cp uspto/ad20160101.xml uspto/search/lookup_patent_8789601_rows100.xml "$TMP/" && cd "$TMP"
zip -q part1.zip ad20160101.xml && zip -q part2.zip lookup_patent_8789601_rows100.xml
zip -q both.zip ad20160101.xml lookup_patent_8789601_rows100.xml
$PATLAP overlap ad20160101.xml lookup_patent_8789601_rows100.xml --csv >xml
$PATLAP overlap part1.zip part2.zip --csv >parts
$PATLAP overlap both.zip --csv >both
cmp xml parts && echo "two archives: same overlap as the two XML files ($(wc -l <xml) lines)"
cmp xml both && echo "one archive of both: same overlap"
$PATLAP stats part1.zip part2.zip | grep -E "^(files|records_read|deals),"
