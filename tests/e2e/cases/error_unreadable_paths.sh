# Paths the system refuses to look at: a symbolic link loop and a name longer than the system allows. Each is a
# clear "cannot open" with exit 3 (they once ended in an uncaught std::filesystem error and terminate).
ln -s "$TMP/loop-b" "$TMP/loop-a" && ln -s "$TMP/loop-a" "$TMP/loop-b"
$PATLAP stats "$TMP/loop-a" 2>&1 | sed "s#$TMP/##"; echo "exit ${PIPESTATUS[0]}"
long=$(printf 'x%.0s' $(seq 300))
$PATLAP overlap "$long.csv" 2>&1 | sed "s#$long#LONG#"; echo "exit ${PIPESTATUS[0]}"
$PATLAP stats small.csv --aliases "$TMP/loop-a" 2>&1 | sed "s#$TMP/##"; echo "exit ${PIPESTATUS[0]}"
