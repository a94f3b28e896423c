$PATLAP overlap small.csv --exclude-kind license --exclude-kind employer
