$PATLAP overlap small.csv --format xml
