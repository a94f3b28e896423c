$PATLAP flows ownership.csv --kind assignment --kind name-change --format table --width 0
