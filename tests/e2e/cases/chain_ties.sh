# The same rows in opposite orders must give the same chain: a same-day chain (T2 then T1) and a conflict.
$PATLAP chain ties_forward.csv --all --csv >"$TMP/forward"
$PATLAP chain ties_reversed.csv --all --csv >"$TMP/reversed"
diff "$TMP/forward" "$TMP/reversed" && cat "$TMP/forward"
