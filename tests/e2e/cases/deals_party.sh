$PATLAP deals small.csv --party Xiaomi --json
