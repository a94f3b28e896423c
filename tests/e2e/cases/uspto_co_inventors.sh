# Each inventor assigns an undivided share. USAPP14441716: its inventors assign to Brigham and Women's and
# Dana-Farber together, and two more later sign to Dana-Farber alone: both hospitals stay owners. USAPP14029180:
# BOYD signs to BROADCOM, already the owner, twice more. US11959371: a second inventor (KURTZ) signs to
# US WELL SERVICES LLC, already the owner. None of these is a break, read from the XML or from the PAD.
for input in uspto/ad20160101.xml pad/ad20160101; do
  $PATLAP chain $input --patent USAPP14441716 --patent USAPP14029180 --csv
done
$PATLAP chain uspto/search/lookup_owner_US_Well_Services_rows100.xml --patent US11959371 --csv
$PATLAP check uspto/search/lookup_owner_US_Well_Services_rows100.xml --csv
