$PATLAP overlap
