# Party names and deal ids that a spreadsheet would run as formulas get a leading ' with --excel-safe (csv and
# tsv); the counts stay numbers. Without the option the cells are as written.
$PATLAP deals excel-injection.csv --excel-safe
$PATLAP deals excel-injection.csv --excel-safe --tsv --no-header
$PATLAP deals excel-injection.csv
