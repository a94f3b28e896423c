# A patent seen only in liens or licences has no recorded owner, but whoever granted the lien (or the licence) is
# the owner as far as the data knows: owners shows it, with basis inferred-from-lien or inferred-from-licence.
# US Well Services pledged about 120 patents to its lenders; only US 8,789,601 came to it by a recorded assignment.
$PATLAP owners uspto/search/lookup_patent_8789601_rows100.xml --party "US Well Services" --tsv | cut -f7 | sort | uniq -c
# Entegris: 367 patents bought from ATMI, the rest of about 1,474 only pledged; no patent is left without an owner.
$PATLAP owners uspto/search/lookup_patent_9534285.xml --tsv | cut -f7 | sort | uniq -c
$PATLAP owners uspto/search/lookup_patent_9534285.xml --tsv | awk -F"\t" 'NR > 1 && $2 == ""' | wc -l
# The chain shows the basis after each event, and the party counts count inferred holdings apart.
$PATLAP chain uspto/search/lookup_patent_9534285.xml --patent US10002772 --csv
$PATLAP parties uspto/search/lookup_patent_9534285.xml --csv | grep -E '^(party|"ENTEGRIS)'
