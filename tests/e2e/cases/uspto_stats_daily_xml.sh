# The real daily file: 199 records, 421 assignors, 207 assignees, 578 properties (counted independently in
# tests/unit/test_uspto_xml_reader.cpp), loaded with no error.
$PATLAP stats uspto/ad20160101.xml | sed -E "s/^load_seconds,.*/load_seconds,(varies)/"
