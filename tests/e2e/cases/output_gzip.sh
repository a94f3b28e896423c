# -o FILE.gz: the format named under the .gz, compressed (gzip format).
cd "$TMP"
$PATLAP overlap "$OLDPWD/small.csv" --top 2 -o pairs.csv.gz && gzip -dc pairs.csv.gz
$PATLAP overlap "$OLDPWD/small.csv" --top 1 -o pairs.jsonl.gz && gzip -dc pairs.jsonl.gz
$PATLAP graph "$OLDPWD/small.csv" -o g.dot.gz && gzip -dc g.dot.gz | head -n 3
ls
