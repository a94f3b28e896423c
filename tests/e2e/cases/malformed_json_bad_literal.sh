$PATLAP deals malformed/json-bad-literal.json
