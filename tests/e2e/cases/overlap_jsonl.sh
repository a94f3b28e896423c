$PATLAP overlap small.csv --format jsonl
