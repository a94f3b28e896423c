# A file deleted while it is read is read to its end: the data stays until the last reader closes it (POSIX).
# The file is large enough that the load takes a while; it is deleted as soon as patlap has it open.
cd "$TMP"
awk 'BEGIN { print "deal,date,kind,from,to,patent"
             for (i = 0; i < 200000; i++) printf "D%d,2019-01-02,assignment,Acme Inc,Beta LLC,US%d\n", i % 1000, 7000000 + i }' > big.csv
$PATLAP stats big.csv > stats.csv &
pid=$!
for _ in $(seq 1 500); do ls -l /proc/$pid/fd 2>/dev/null | grep -q big.csv && break; sleep 0.01; done
rm big.csv
wait $pid
echo "status $?"
grep -E '^(rows_read|transfers|deals|patents),' stats.csv
