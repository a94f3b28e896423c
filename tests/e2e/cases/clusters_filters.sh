$PATLAP clusters clusters.csv --kind assignment --min-deals 2 --json && $PATLAP clusters small.csv --csv
