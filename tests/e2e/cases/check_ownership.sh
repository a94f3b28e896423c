$PATLAP check ownership.csv ties_forward.csv --csv
