$PATLAP stats small.csv --json | sed -E "s/(\"load_seconds\":)[0-9.]+/\1(varies)/"
