# Which of the recorded conveyances around US 8,789,601 share patents, and how many.
$PATLAP overlap uspto/search/lookup_patent_8789601_rows100.xml --top 8 --format table --width 200
