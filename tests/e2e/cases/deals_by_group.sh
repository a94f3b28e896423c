# Microsoft Corporation and Microsoft Mobile Oy rolled up into one group; the alias file names Nokia and FIH.
$PATLAP deals ../../data/transfers.csv --aliases ../../data/aliases.csv --groups ../../data/groups.csv --by group
