# CI gates on the real daily file: one row per deal, a code ignored, a warning code that fails the run.
$PATLAP check uspto/ad20160101.xml --by-deal --csv | head -4
$PATLAP check uspto/ad20160101.xml --ignore release-without-lien --fail-on self-transfer --csv | cut -d, -f1-6
echo "exit ${PIPESTATUS[0]}"
$PATLAP check uspto/ad20160101.xml --ignore release-without-lien --ignore self-transfer --csv
echo "exit $?"
$PATLAP check uspto/ad20160101.xml --fail-on nothing 2>&1 | head -1
