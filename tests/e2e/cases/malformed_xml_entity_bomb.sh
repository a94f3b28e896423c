# Entity expansion is bounded: a billion-laughs document fails at once, with an error, not after gigabytes.
timeout 20 $PATLAP stats malformed/xml-entity-bomb.xml
