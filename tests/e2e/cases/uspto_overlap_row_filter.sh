# Row filters on USPTO records: the liens granted to U.S. Bank (a name that starts two parties' keys), and from
# the Patent Assignment Dataset tables, the inventor records that share patents, with their kinds.
$PATLAP overlap uspto/search/lookup_patent_8789601_rows100.xml --to "U.S. Bank" --format table --width 200 && $PATLAP overlap pad/ad20160101 --row-kind employer --top 3 --list
