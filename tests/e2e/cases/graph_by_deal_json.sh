$PATLAP graph small.csv --by-deal --format json
