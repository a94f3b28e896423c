# A FIFO (as made by process substitution) is read like any file, though it has no size and cannot seek. It is
# opened once: a second open would wait for a writer that has gone. The writer here is done before patlap reads,
# which is when a second open hung; timeout turns a hang into a failure.
cd "$TMP" && mkfifo transfers.csv
cat "$OLDPWD/small.csv" > transfers.csv &
timeout 60 $PATLAP deals transfers.csv
echo "status $?"
timeout 60 $PATLAP deals <(cat "$OLDPWD/small.csv") --csv | tail -1
echo "status ${PIPESTATUS[0]}"
