$PATLAP overlap --deal S2 small.csv --party nokia --party=xiaomi --kind assignment
