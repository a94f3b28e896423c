# The Patent Assignment Dataset as zip archives: the tables at the top of the archive, inside a folder (with its
# directory entry, which holds nothing), one archive per table given together, and on standard input. Each reads
# as the folder of tables does.
fixtures=$PWD
mkdir -p "$TMP/csv" && cp pad/ad20160101/*.csv "$TMP/csv/" && cd "$TMP"
(cd csv && zip -q ../top.zip *.csv)
zip -q -r folder.zip csv
for table in assignment assignor assignee documentid assignment_conveyance; do (cd csv && zip -q ../$table.csv.zip $table.csv); done
$PATLAP stats "$fixtures/pad/ad20160101" | grep -vE "^(files|load_seconds)," >dir
for input in top.zip folder.zip "assignment.csv.zip assignor.csv.zip assignee.csv.zip documentid.csv.zip assignment_conveyance.csv.zip"; do
  $PATLAP stats $input | grep -vE "^(files|load_seconds)," >zip
  if cmp -s dir zip; then echo "$input: same as the folder"; else echo "$input: differs"; diff dir zip; fi
done
$PATLAP stats - <top.zip | grep -vE "^(files|load_seconds)," >stdin
cmp -s dir stdin && echo "top.zip on standard input: same as the folder"
grep -E "^(bytes_read|records_read)," dir
# Tables from an archive and from files join as one dataset.
$PATLAP stats assignment.csv.zip csv/assignor.csv csv/assignee.csv documentid.csv.zip | grep -E "^(records_read|transfers),"
