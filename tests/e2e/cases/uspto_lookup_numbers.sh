# A patent found by the application number it was filed as or its pre-grant publication number, in each form an
# analyst writes one, on the real daily file and on the PAD tables derived from it: the same rows and the same
# note. Application 11/032,487 has no grant in the file: it is its own patent, USAPP11032487;
# so is 14/434,207, published as US 2015/0260729 A1.
for p in 14678893 "14/678,893" "US 14/678,893" USAPP14678893 "US APP 14678893" "11/032,487" USAPP11032487 \
         US20150215460 "US 2015/0215460 A1" 20150215460 "US 2015/0260729 A1" "US 2099/0000001 A1"; do
  echo "== --patent $p"
  $PATLAP chain uspto/ad20160101.xml --patent "$p" --tsv 2>"$TMP/xml.err" | tee "$TMP/xml"
  cat "$TMP/xml.err" >&2
  $PATLAP chain pad/ad20160101 --patent "$p" --tsv >"$TMP/pad" 2>"$TMP/pad.err"
  if cmp -s "$TMP/xml" "$TMP/pad" && cmp -s "$TMP/xml.err" "$TMP/pad.err"; then
    echo "pad: same"
  else
    echo "pad: differs"; diff "$TMP/xml" "$TMP/pad"; diff "$TMP/xml.err" "$TMP/pad.err"
  fi
done
