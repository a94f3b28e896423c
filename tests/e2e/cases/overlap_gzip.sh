$PATLAP overlap small.csv.gz --top 2
