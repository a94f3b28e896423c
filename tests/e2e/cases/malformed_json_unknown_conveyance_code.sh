$PATLAP deals malformed/json-unknown-conveyance-code.json
