$PATLAP chain ownership.csv --patent US600 --patent "us 200" --patent US999 --json
