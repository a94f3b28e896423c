$PATLAP deals malformed/punctuation-patent.csv
