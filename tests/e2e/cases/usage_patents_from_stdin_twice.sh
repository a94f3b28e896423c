# The list and the input cannot both be standard input.
$PATLAP chain - --patents-from - <uspto/ad20160101.xml
