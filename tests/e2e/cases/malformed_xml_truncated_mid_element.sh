$PATLAP stats malformed/xml-truncated-mid-element.xml
