# graph -o g.png: a PNG picture drawn by Graphviz (its magic bytes), not DOT text; so is g.png.gz once unpacked.
cd "$TMP"
$PATLAP graph "$OLDPWD/small.csv" -o g.png && head -c 8 g.png | od -An -c
$PATLAP graph "$OLDPWD/small.csv" -o g.png.gz && gzip -dc g.png.gz | head -c 8 | od -An -c
