cat small.csv.gz | $PATLAP overlap - --top 2
