$PATLAP stats malformed/xml-bad-encoding.xml
