# Malformed XML, a file of an unknown kind, a PAD table alone, a PAD table on standard input.
fixtures=$PWD
cd "$TMP"
printf '<?xml version="1.0"?>\n<us-patent-assignments>\n  <patent-assignments>\n    <patent-assignment>\n      <assignment-record>\n        <reel-no>1' >truncated.xml
$PATLAP stats truncated.xml; echo "exit $?"
printf '<?xml version="1.0"?>\n<catalog><book/></catalog>\n' >other.xml
$PATLAP stats other.xml; echo "exit $?"
printf 'name,value\nx,1\n' >other.csv
$PATLAP stats other.csv; echo "exit $?"
cd "$fixtures"
$PATLAP stats pad/ad20160101/assignor.csv; echo "exit $?"
$PATLAP stats - <pad/ad20160101/assignor.csv; echo "exit $?"
