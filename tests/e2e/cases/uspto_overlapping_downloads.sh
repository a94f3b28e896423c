# Three saved search responses that overlap: the nine records of US 8,789,601 are in two of them (saved at
# different times: the later copies name the patents granted on some applications since), and one of those in
# the third too. Each record read again is one record: counted in duplicate_records, no warning per row.
files="uspto/search/fixture_assignment_3.xml uspto/search/lookup_patent_8789601_rows100.xml uspto/search/lookup_owner_US_Well_Services_rows100.xml"
$PATLAP stats $files | grep -E '^(records_read|duplicate_records|duplicate_rows|deals|patents),'
$PATLAP check $files --csv | cut -d, -f1,2 | sort | uniq -c
# The same answers as the newest response alone, for the patent they all hold.
$PATLAP chain $files --patent US8789601 --csv >"$TMP/together"
$PATLAP chain uspto/search/lookup_patent_8789601_rows100.xml --patent US8789601 --csv >"$TMP/alone"
cmp "$TMP/together" "$TMP/alone" && echo "chain US8789601: same as from one response ($(wc -l <"$TMP/alone") lines)"
# A reel/frame whose two copies differ is a problem, said once for the record.
sed 's#<str>TESLA MOTORS, INC.</str>#<str>TESLA, INC.</str>#' uspto/search/fixture_assignment_2.xml >"$TMP/changed.xml"
$PATLAP check uspto/search/fixture_assignment_2.xml "$TMP/changed.xml" --csv | sed "s#$TMP/##"
