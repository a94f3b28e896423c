$PATLAP deals malformed/header-only.csv
