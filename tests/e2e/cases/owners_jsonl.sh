# --jsonl: co-owners are an array; a patent whose owner is not known has null owner, since, deal and basis, and
# empty lists of liens and licensees.
$PATLAP owners ownership.csv --patent US300 --patent US400 --jsonl
printf 'deal,date,kind,from,to,patent\nX1,2011-01-01,other,Acme Corp,Delta Ltd,US901\n' >"$TMP/other.csv"
$PATLAP owners "$TMP/other.csv" --jsonl
