# check --format github: a GitHub Actions workflow command per finding, which a workflow run shows as an
# annotation on that file and line; the exit status gates as in the other formats.
$PATLAP check check.csv --format github
echo "exit $?"
$PATLAP check check.csv --format github --by-deal --ignore date-out-of-range --ignore break --ignore conflicting-transfer
echo "exit $?"
# Escaped as the runner reads them: % CR LF in the message, and : , as well in file=. Standard input names no file.
cd "$TMP"
printf 'deal,date,kind,from,to,patent\nR1,2005-01-01,release,"100%% Bank\nLtd",Gamma LLC,US1\n' >'odd,name:1.csv'
$PATLAP check 'odd,name:1.csv' --format github --strict
echo "exit $?"
$PATLAP check - --format github <'odd,name:1.csv'
