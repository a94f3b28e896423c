$PATLAP flows ownership.csv --csv
