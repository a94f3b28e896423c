# The XML and the PAD tables derived from it are the same records: the reports that do not look at kinds agree
# (the PAD classifies inventor assignments as employer by its employer_assign flag, the XML text rules say
# assignment: see uspto_stats_pad_dir).
for command in "overlap" "flows" "clusters"; do
  $PATLAP $command uspto/ad20160101.xml --csv >"$TMP/xml" 2>"$TMP/xml.err"
  $PATLAP $command pad/ad20160101 --csv >"$TMP/pad" 2>"$TMP/pad.err"
  sed -i -E 's#pad/ad20160101/assignment.csv#FILE#; s#uspto/ad20160101.xml#FILE#' "$TMP/xml" "$TMP/pad"
  if cmp -s "$TMP/xml" "$TMP/pad"; then echo "$command: same ($(wc -l <"$TMP/xml") lines)"; else echo "$command: differs"; diff "$TMP/xml" "$TMP/pad" | head; fi
done
