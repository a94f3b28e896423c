# A daily file as the USPTO ships it (adYYYYMMDD.zip): the same records and answers as the XML, read from the
# archive without unpacking; bytes_read counts the XML's bytes, as it does for gzip.
fixtures=$PWD
cp uspto/ad20160101.xml "$TMP/" && cd "$TMP" && zip -q ad20160101.zip ad20160101.xml
$PATLAP stats ad20160101.zip | grep -E "^(files|bytes_read|records_read|transfers|deals),"
$PATLAP overlap ad20160101.xml --csv >a
$PATLAP overlap ad20160101.zip --csv >b
cmp a b && echo "overlap: same as the XML's ($(wc -l <a) lines)"
$PATLAP deals ad20160101.zip --csv | head -3
# On standard input, and gzipped: the kind is told from the content.
$PATLAP stats - <ad20160101.zip | grep -E "^(files|records_read),"
gzip -c ad20160101.zip | $PATLAP stats - | grep -E "^(bytes_read|records_read),"
gzip -c ad20160101.xml >ad20160101.xml.gz
$PATLAP stats ad20160101.xml.gz | grep -E "^bytes_read,"
# Stored (not deflated) and written to a pipe (sizes after the data): read the same.
zip -q -0 stored.zip ad20160101.xml && $PATLAP stats stored.zip | grep -E "^records_read,"
zip -q - ad20160101.xml <ad20160101.xml >streamed.zip && $PATLAP stats streamed.zip | grep -E "^records_read,"
