$PATLAP overlap - --top 2 < small.csv
