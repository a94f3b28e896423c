$PATLAP completion tcsh
