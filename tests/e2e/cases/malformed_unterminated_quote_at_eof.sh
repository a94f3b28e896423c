$PATLAP deals malformed/unterminated-quote-at-eof.csv
