# Party names given on the command line: an exact key first; else every party whose key starts with the name's
# words (stderr says which); else none, with "did you mean" the closest parties. An option that takes one party
# refuses a name that could be several (exit 2).
$PATLAP deals uspto/search/lookup_patent_9534285.xml --party "Goldman Sachs" --csv | cut -d, -f1-5
$PATLAP deals uspto/search/lookup_patent_9534285.xml --party "Goldmann Sachs" --csv
$PATLAP owners ../../data/transfers.csv --party "Xiaomy" --csv
$PATLAP graph uspto/search/lookup_patent_8789601_rows100.xml --around "US" --format json >/dev/null; echo "exit $?"
