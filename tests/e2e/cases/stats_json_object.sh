# stats in JSON is one object keyed by metric, so `jq .deals` reads a count (read here with Python).
$PATLAP stats small.csv --format json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["deals"], d["first_date"], type(d["load_seconds"]).__name__)'
$PATLAP stats small.csv --jsonl | python3 -c 'import sys; lines=sys.stdin.read().splitlines(); print(len(lines), lines[0][:28])'
