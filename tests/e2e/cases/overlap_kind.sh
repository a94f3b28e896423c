$PATLAP overlap small.csv --kind assignment --kind SECURITY
