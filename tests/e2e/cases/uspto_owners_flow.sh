# The owner of record and the lenders holding liens in 2020, and the patents that moved from the inventors
# to U.S. Well Services.
$PATLAP owners uspto/search/lookup_patent_8789601_rows100.xml --as-of 2020-01-01 --party "US Well Services" -o "$TMP/owners.csv"
head -5 "$TMP/owners.csv"
$PATLAP flow uspto/search/lookup_patent_8789601_rows100.xml --from "Broussard, Joel" --to "U.S. Well Services LLC" --summary
