$PATLAP overlap bad/not-csv.png
