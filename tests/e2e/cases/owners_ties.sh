$PATLAP owners ties_forward.csv --csv >"$TMP/forward"
$PATLAP owners ties_reversed.csv --csv >"$TMP/reversed"
diff "$TMP/forward" "$TMP/reversed" && cat "$TMP/forward"
