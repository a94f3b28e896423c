# The four recorded conveyances around US 9,534,285 (real search-service records): how many patents cross over
# between the Entegris purchase and the three liens, and the lien that moved from Goldman Sachs to Morgan Stanley
# by a record naming the first (refers_to), so that Goldman no longer holds it.
$PATLAP overlap uspto/search/lookup_patent_9534285.xml --format table
$PATLAP deals uspto/search/lookup_patent_9534285.xml | grep -E "^(deal,|50965/0035)"
$PATLAP owners uspto/search/lookup_patent_9534285.xml --as-of 2020-12-31 --party Entegris -o "$TMP/owners.csv"
head -3 "$TMP/owners.csv"
echo "owner rows naming Goldman at the end of 2020: $($PATLAP owners uspto/search/lookup_patent_9534285.xml --as-of 2020-12-31 --csv | grep -c GOLDMAN)"
echo "owner rows naming Goldman at the end of 2018: $($PATLAP owners uspto/search/lookup_patent_9534285.xml --as-of 2018-12-31 --csv | grep -c GOLDMAN)"
