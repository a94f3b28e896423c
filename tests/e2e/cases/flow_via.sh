$PATLAP flow ownership.csv --from "Alpha Corporation" --to gamma --via beta --tsv
