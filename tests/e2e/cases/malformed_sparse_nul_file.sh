# A huge file of NUL bytes (sparse: it takes no disk) is refused at its first line, not with "out of memory" from
# room made for the rows its size suggests.
truncate -s 100G "$TMP/sparse.csv" || exit 0
$PATLAP stats "$TMP/sparse.csv" 2>&1 | sed "s#$TMP/##"; echo "exit ${PIPESTATUS[0]}"
