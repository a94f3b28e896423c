# -o FILE: a run that fails leaves the old report as it was and no temporary file; a device or FIFO is written to
# as it is (never replaced by a plain file); a write that fails is an error (exit 3).
mkdir "$TMP/out" && cd "$TMP/out"
printf 'the good report\n' > report.csv
$PATLAP deals "$OLDPWD/bad/unknown-kind.csv" -o report.csv 2>/dev/null; echo "bad input: $?"
cat report.csv
mkfifo fifo
cat fifo > received &
$PATLAP deals "$OLDPWD/small.csv" -o fifo; echo "fifo: $?"
wait
head -n 2 received
test -p fifo && echo "fifo is still a FIFO"
$PATLAP deals "$OLDPWD/small.csv" -o /dev/full; echo "/dev/full: $?"
test -c /dev/full && echo "/dev/full is still a device"
ls
