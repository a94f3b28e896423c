$PATLAP overlap bad
