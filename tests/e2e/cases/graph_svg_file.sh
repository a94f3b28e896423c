# graph -o g.svg: an SVG picture drawn by Graphviz, not DOT text.
cd "$TMP"
$PATLAP graph "$OLDPWD/small.csv" -o g.svg && head -c 5 g.svg && echo && grep -c '<svg' g.svg
