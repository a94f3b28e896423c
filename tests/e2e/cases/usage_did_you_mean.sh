# A mistyped command or option is named, with the closest one there is; `patlap help COMMAND` is COMMAND --help.
$PATLAP overlpa small.csv; echo "exit $?"
$PATLAP overlap small.csv --min-share 3; echo "exit $?"
$PATLAP overlap small.csv --lst; echo "exit $?"
$PATLAP --verison; echo "exit $?"
$PATLAP help overlap | head -2
$PATLAP help | head -2
