# -o FILE.xlsx: an Excel workbook of one sheet (a zip archive, read here with python3's zipfile): the header row
# in style 1 (bold), numbers as numbers, text as strings.
cd "$TMP"
part() { python3 -c 'import sys, zipfile; print(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]).decode())' "$@"; }
$PATLAP overlap "$OLDPWD/small.csv" --top 2 -o pairs.xlsx || exit
part pairs.xlsx xl/worksheets/sheet1.xml | grep -o '<sheetData>.*</sheetData>' | sed 's/<row/\n<row/g'
part pairs.xlsx xl/styles.xml | grep -o '<font><b/>'
# To standard output, without the header: stats' values that read as numbers are numbers.
$PATLAP stats "$OLDPWD/small.csv" --format xlsx --no-header > stats.xlsx || exit
part stats.xlsx xl/worksheets/sheet1.xml | grep -o '<row r="[12]">.*</row>' | sed 's/<row/\n<row/g' | head -n 3
ls
