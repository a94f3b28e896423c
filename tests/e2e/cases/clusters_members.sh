$PATLAP clusters clusters.csv --members --csv
