$PATLAP stats malformed/xml-wrong-root.xml
