# Only check writes GitHub annotations: another command names the formats it takes.
$PATLAP owners ownership.csv --format github
