$PATLAP deals malformed/extra-quote.csv
