$PATLAP graph small.csv --kind assignment --min-patents 2 --since 2014-01-01
