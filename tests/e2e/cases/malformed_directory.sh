$PATLAP deals malformed
