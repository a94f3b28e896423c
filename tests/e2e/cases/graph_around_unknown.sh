$PATLAP graph clusters.csv --around nobody --format json
