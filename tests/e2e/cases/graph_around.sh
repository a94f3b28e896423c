$PATLAP graph clusters.csv --around beta --depth 2 --format json
