# patlap-gen --pad writes the same simulated records as the Patent Assignment Dataset's tables, so patlap reading
# the PAD folder sees what it sees in the generated CSV and XML: the same overlap, deals (ids, dates, kinds, patents) and counts. With
# --whole-record, about 60% of the records are inventor assignments, and no deal has more than 1,100 patents.
gen="$(dirname "$PATLAP")/patlap-gen"
"$gen" --rows 30000 --seed 5 --whole-record -o "$TMP/t.csv" --xml "$TMP/t.xml" --pad "$TMP/pad"
ls "$TMP/pad"
for input in t.csv t.xml pad; do
  echo "$input: overlap $("$PATLAP" overlap "$TMP/$input" --csv -q | sha256sum | cut -c1-16)," \
    "deals $("$PATLAP" deals "$TMP/$input" --tsv -q | cut -f1,2,3,6 | sha256sum | cut -c1-16)," \
    "$("$PATLAP" stats "$TMP/$input" --csv -q | grep -E '^(transfers|deals|patents|parties),' | tr '\n' ' ')"
done
awk -F, 'NR > 1 { n++; e += $3 } END { printf "inventor assignments: %.0f%% of %d records\n", 100 * e / n, n }' \
  "$TMP/pad/assignment_conveyance.csv"
awk -F, 'NR > 1 { c[$1]++ } END { for (r in c) if (c[r] > m) m = c[r]; print "largest record: " m " properties" }' \
  "$TMP/pad/documentid.csv"
# The default mix is unchanged by --pad: the same CSV with or without it.
"$gen" --rows 30000 --seed 5 --uspto -o "$TMP/a.csv"
"$gen" --rows 30000 --seed 5 -o "$TMP/b.csv" --pad "$TMP/pad2"
cmp "$TMP/a.csv" "$TMP/b.csv" && echo "--pad leaves the CSV as it was"
