# No FILE: standard input is read, as `-` would read it, unless it is a terminal (then a usage error, exit 2,
# rather than waiting for typing). `script` gives the command a terminal.
$PATLAP owners --format csv < ownership.csv | head -3
gzip -c ownership.csv | $PATLAP stats --format csv | grep -E '^(files|bytes_read|rows_read),'
script -qec "$PATLAP stats" /dev/null | tr -d '\r'
echo "status ${PIPESTATUS[0]}"
