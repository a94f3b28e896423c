# Alpha Widgets was renamed Alphabet Widgets, which absorbed Beta Gadgets: one family, named after the survivor.
echo "# parties"
$PATLAP parties parties/renames.csv --by group --link-renames
echo "# deals"
$PATLAP deals parties/renames.csv --by group --link-renames
echo "# with a group file: Gamma Holdings and the Alpha family are one group"
$PATLAP parties parties/renames.csv --by group --link-renames --groups parties/renames-groups.csv
echo "# groups without --by group"
$PATLAP stats parties/renames.csv --groups parties/renames-groups.csv --csv | grep '^parties'
