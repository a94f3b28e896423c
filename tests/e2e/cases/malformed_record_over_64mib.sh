# A record may be up to 64 MiB; one longer is refused, plain or gzipped (a 65 MiB party name was accepted plain).
{ echo "deal,date,kind,from,to,patent"; printf 'D1,2020-01-01,assignment,'; head -c 68157440 /dev/zero | tr '\0' A; echo ",B,US1"; } >"$TMP/long.csv"
$PATLAP stats "$TMP/long.csv" 2>&1 | sed "s#$TMP/##"; echo "exit ${PIPESTATUS[0]}"
gzip -1 -c "$TMP/long.csv" >"$TMP/long.csv.gz"
$PATLAP stats "$TMP/long.csv.gz" 2>&1 | sed "s#$TMP/##"; echo "exit ${PIPESTATUS[0]}"
