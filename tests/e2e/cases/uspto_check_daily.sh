# check on the real daily file: breaks where a record's assignors are not the owner of record in this one day of
# data, releases whose lien predates it (reference-not-loaded), exit status 1 for the errors.
$PATLAP check uspto/ad20160101.xml --csv >"$TMP/check.csv"; echo "exit $?"
head -12 "$TMP/check.csv"
