$PATLAP overlap bad/unterminated-quote.csv
