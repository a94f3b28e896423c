# Cells of several parties are JSON arrays (in CSV, as in the table, they stay joined with "; ").
$PATLAP chain ownership.csv --patent US300 --jsonl
$PATLAP chain ownership.csv --patent US300 --csv
