# JSON that is not a USPTO response, or is not JSON, or holds a record that cannot be used: FILE:LINE and exit 3.
cd "$TMP"
printf '{"successResponse": {"data": [\n  {"reelNumber": 1, "frameNumber": 2,\n   "conveyance": tru}]}}\n' >bad.json
$PATLAP stats bad.json; echo "exit $?"
printf '{"successResponse": {"data": []}}\n{"more": 1}\n' >two.json
$PATLAP stats two.json; echo "exit $?"
printf '{"results": [{"patent": "US1"}], "total": 1}\n' >other.json
$PATLAP stats other.json; echo "exit $?"
printf '[1, 2]\n' >array.json
$PATLAP stats array.json; echo "exit $?"
printf '{"status": "Failure", "statusCode": 500, "error": "Internal Server Error", "successResponse": null}\n' >failure.json
$PATLAP stats failure.json; echo "exit $?"
record='"reelNumber": 5, "frameNumber": 6, "conveyance": "ASSIGNMENT", "assignors": [{"assignorName": "ACME INC", "executionDate": "01/02/2020"}], "assignees": ["BETA LLC"], "noOfProperties": 1, "properties": [{"patentNumber": "9000000"}]'
printf '{"successResponse": {"data": [\n{%s, "conveyanceCode": 23},\n{%s, "conveyanceCode": 99}]}}\n' "$record" "$record" >code.json
$PATLAP stats code.json; echo "exit $?"
printf '{"successResponse": {"data": [\n{%s, "assignorExecutionDate": "2020-01-02"}]}}\n' "$record" >date.json
$PATLAP stats date.json; echo "exit $?"
printf '\n' | $PATLAP stats - ; echo "exit $?"
printf '{"successResponse": {"data": [{%s}]}}' "$record" | $PATLAP stats - | grep -E "^(records_read|transfers_assignment),"
