# --format and the -o extension naming different formats is a usage error, before the input is read.
cd "$TMP"
$PATLAP overlap missing.csv --format json -o pairs.csv; echo "--format json -o pairs.csv: $?"
$PATLAP stats missing.csv --tsv -o stats.json.gz; echo "--tsv -o stats.json.gz: $?"
$PATLAP graph missing.csv --format dot -o g.png; echo "graph --format dot -o g.png: $?"
$PATLAP overlap "$OLDPWD/small.csv" --top 1 --format csv -o pairs.CSV; echo "--format csv -o pairs.CSV: $?"
ls
