$PATLAP owners ownership.csv --party "BETA INC" --format jsonl
