$PATLAP deals malformed/json-other-shape.json
