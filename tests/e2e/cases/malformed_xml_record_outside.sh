$PATLAP stats malformed/xml-record-outside.xml
