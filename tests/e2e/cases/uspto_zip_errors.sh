# What cannot be read from a zip archive stops the load, naming the archive or the member (FILE!MEMBER:LINE).
cp uspto/ad20160101.xml "$TMP/" && cd "$TMP"
zip -q daily.zip ad20160101.xml
head -c 30000 daily.zip >cut.zip
$PATLAP stats cut.zip; echo "exit $?"
cp daily.zip corrupt.zip && printf '\377\377\377\377' | dd of=corrupt.zip bs=1 seek=5000 conv=notrunc status=none
$PATLAP stats corrupt.zip; echo "exit $?"
zip -q -P secret encrypted.zip ad20160101.xml
$PATLAP stats encrypted.zip; echo "exit $?"
printf '%%PDF-1.4\n' >notes.pdf && zip -q with-notes.zip ad20160101.xml notes.pdf
$PATLAP stats with-notes.zip; echo "exit $?"
zip -q nested.zip daily.zip
$PATLAP stats nested.zip; echo "exit $?"
printf 'PK\005\006\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0' >empty.zip
$PATLAP stats empty.zip; echo "exit $?"
head -c 5000 ad20160101.xml >ad20160102.xml && zip -q cut-member.zip ad20160102.xml
$PATLAP stats cut-member.zip; echo "exit $?"
mkdir -p pad && cp "$OLDPWD"/pad/ad20160101/assignor.csv pad/ && zip -q -r assignor-only.zip pad
$PATLAP stats assignor-only.zip; echo "exit $?"
# A cut between two members: the archive ends where the next header should be.
(cp "$OLDPWD"/pad/ad20160101/assignee.csv "$OLDPWD"/pad/ad20160101/assignor.csv . && zip -q two.zip assignee.csv assignor.csv)
head -c "$(LC_ALL=C grep -obUaP 'PK\x03\x04' two.zip | sed -n 2p | cut -d: -f1)" two.zip >two-cut.zip
$PATLAP stats two-cut.zip; echo "exit $?"
