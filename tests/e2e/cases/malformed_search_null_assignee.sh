$PATLAP stats malformed/search-null-assignee.xml
