$PATLAP parties --suggest parties/suggest.csv
