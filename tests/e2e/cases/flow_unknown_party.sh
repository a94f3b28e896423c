$PATLAP flow ownership.csv --from Alpha --to Nobody --csv
