# --memory takes a size (K, M, G, T: powers of 1024; KB, MB, GB, TB: of 1000) of at least 64K; anything else is a
# usage error.
for size in nan 0 -1 4g 1e9 "4 G" 1K 1.5 ""; do
  $PATLAP overlap ownership.csv --memory "$size" --csv
  echo "--memory '$size': status $?"
done
for size in 64K 1.5GiB 2GB 65536 4T; do
  $PATLAP overlap ownership.csv --memory "$size" --csv --top 1 -q
done
