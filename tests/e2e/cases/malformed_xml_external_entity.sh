$PATLAP stats malformed/xml-external-entity.xml
