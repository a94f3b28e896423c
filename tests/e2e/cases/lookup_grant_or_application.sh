# A transfer CSV has no application numbers: an application number finds nothing there, as before.
$PATLAP chain ownership.csv --patent 14/678,893 --patent USAPP14678893 --patent US20150215460 --tsv
# Eight digits are a grant number first: with a grant numbered 14,678,893 in the data (the CSV), 14678893 and
# 14/678,893 are that patent; written as an application (USAPP14678893), it is the patent granted on application
# 14/678,893 (US9219817, from the daily file).
$PATLAP chain lookup_grant_14678893.csv uspto/ad20160101.xml --patent 14678893 --patent 14/678,893 --tsv | cut -f1-5
$PATLAP chain lookup_grant_14678893.csv uspto/ad20160101.xml --patent USAPP14678893 --tsv | cut -f1-5
