# Every command of README's recipes runs from the repository root, in a scratch copy of the folders it reads
# (its -o files land there): its status and the first lines of what it prints, so no recipe can go stale.
mkdir -p "$TMP/root"
cp -r ../../data "$TMP/root/data"
mkdir -p "$TMP/root/tests/fixtures" && cp -r ../fixtures/uspto "$TMP/root/tests/fixtures/uspto"
recipes=$(sed -n '/^## Recipes/,/^## Documentation/p' ../../README.md | grep '^patlap ')
cd "$TMP/root" || exit
while read -r line; do
  eval "\"\$PATLAP\" ${line#patlap }" >"$TMP/out" 2>"$TMP/err"
  echo "== $? $line"
  head -4 "$TMP/out" | cut -c1-160
  head -3 "$TMP/err"
done <<<"$recipes"
ls deals.xlsx shared.csv.gz xiaomi.svg
# The quick start's sample output is what the command prints (as a table, as on a terminal).
sed -n '/^\$ \.\/build\/patlap overlap data\/transfers.csv --min-shared 6$/,/^```$/p' "$OLDPWD/../../README.md" |
  sed '1d;$d' >"$TMP/quick_start"
"$PATLAP" overlap data/transfers.csv --min-shared 6 --format table --width 0 | diff "$TMP/quick_start" - &&
  echo "quick start output: as README shows it"
