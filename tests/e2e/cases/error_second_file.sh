$PATLAP stats small.csv bad/bad-date.csv
