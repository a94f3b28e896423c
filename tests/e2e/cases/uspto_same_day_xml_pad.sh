# The same day's records read from the daily XML and from the PAD tables give the same answers: owners, every
# chain of title, and every problem check finds (check's file and line columns name each source's own file).
for report in owners "chain --all" check; do
  $PATLAP $report uspto/ad20160101.xml --csv 2>"$TMP/xml.err" | sed -E 's#^([a-z]+,[a-z-]+),[^,]+,[0-9]+,#\1,#' >"$TMP/xml"
  $PATLAP $report pad/ad20160101 --csv 2>"$TMP/pad.err" | sed -E 's#^([a-z]+,[a-z-]+),[^,]+,[0-9]+,#\1,#' >"$TMP/pad"
  cmp "$TMP/xml" "$TMP/pad" && cmp "$TMP/xml.err" "$TMP/pad.err" && echo "$report: same ($(wc -l <"$TMP/xml") lines)"
done
# check finds no error on the real daily file: its inventors, co-inventors and co-owners are no breaks.
$PATLAP check uspto/ad20160101.xml --csv | cut -d, -f1,2 | sort | uniq -c
