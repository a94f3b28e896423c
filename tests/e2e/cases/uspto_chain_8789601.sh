# US 8,789,601 through several lenders, from the assignment search service: liens and their releases paired by
# the reel/frame each release names (refers_to), and name variants (U.S. WELL SERVICES, LLC / US WELL SERVICES
# LLC) on one party.
$PATLAP chain uspto/search/lookup_patent_8789601_rows100.xml --patent "US 8,789,601 B2"
$PATLAP deals uspto/search/lookup_patent_8789601_rows100.xml | grep -E "^(deal,|49109/0610|61875/0260|62142/0927)"
