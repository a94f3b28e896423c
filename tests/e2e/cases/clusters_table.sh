$PATLAP clusters clusters.csv --format table
