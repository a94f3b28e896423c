# convert of a zipped daily file, of Assignment Center and of Open Data Portal responses writes transfer CSV that
# gives the same overlap (and deals) as the source, as it does for the XML (uspto_convert_round_trip).
fixtures=$PWD
cp uspto/ad20160101.xml "$TMP/" && (cd "$TMP" && zip -q ad20160101.zip ad20160101.xml)
ac=uspto/assignment-center
round_trip() {
  name=$1; shift
  $PATLAP convert "$@" -o "$TMP/converted.csv" 2>/dev/null
  $PATLAP overlap "$@" --csv >"$TMP/a" 2>/dev/null
  $PATLAP overlap "$TMP/converted.csv" --csv >"$TMP/b"
  $PATLAP deals "$@" --csv 2>/dev/null | cut -d, -f1-4 | sort >"$TMP/da"
  $PATLAP deals "$TMP/converted.csv" --csv | cut -d, -f1-4 | sort >"$TMP/db"
  if cmp -s "$TMP/a" "$TMP/b" && cmp -s "$TMP/da" "$TMP/db"; then
    echo "$name: same overlap ($(($(wc -l <"$TMP/a") - 1)) pairs) and deals ($(($(wc -l <"$TMP/da") - 1)))"
  else
    echo "$name: differs"; diff "$TMP/a" "$TMP/b" | head -5; diff "$TMP/da" "$TMP/db" | head -5
  fi
}
round_trip "zip of the daily file" "$TMP/ad20160101.zip"
round_trip "Assignment Center, WIDEX A/S" $ac/ac_v2_search_assignee_exact_WIDEX_AS.json
round_trip "Assignment Center, all five responses" $ac/*.json
round_trip "Open Data Portal, 2025" uspto/odp/odp_application_15000001_assignment.json
