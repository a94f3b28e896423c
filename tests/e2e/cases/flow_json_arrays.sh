# A flow's path and deals are arrays in JSON, step by step (the other formats join them with " > ").
$PATLAP flow ../../data/transfers.csv --from Nokia --to Xiaomi --json | head -3
$PATLAP flow ../../data/transfers.csv --from Nokia --to Xiaomi --summary --jsonl
