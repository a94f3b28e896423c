$PATLAP overlap small.csv --party "nokia corp" --party "Apple"
