# PAD text that is not UTF-8 is refused at its row, as the transfer CSV reader refuses it (convert would
# otherwise write a file that patlap itself refuses): here one assignor name in Latin-1.
cp -r pad/ad20160101 "$TMP/pad"
iconv -f utf-8 -t latin1 pad/ad20160101/assignor.csv >"$TMP/pad/assignor.csv"
$PATLAP stats "$TMP/pad" 2>&1 | sed "s#$TMP/##"; echo "exit ${PIPESTATUS[0]}"
