# --patents-from takes the same numbers as --patent, from a gzipped list and from standard input (plain or
# gzipped); a number named twice is looked up once.
printf '# the analyst'"'"'s numbers\n14/678,893\nUS 2015/0215460 A1\n\nUS 9,219,817 B2\n11/032,487\n14/678,893\n' >"$TMP/list"
gzip -c "$TMP/list" >"$TMP/list.gz"
echo "== gzipped file"
$PATLAP chain uspto/ad20160101.xml --patents-from "$TMP/list.gz" --tsv
echo "== standard input"
$PATLAP chain pad/ad20160101 --patents-from - --tsv <"$TMP/list" | cut -f1-4
echo "== gzipped standard input"
$PATLAP chain uspto/ad20160101.xml --patents-from - --tsv <"$TMP/list.gz" | cut -f1-4
