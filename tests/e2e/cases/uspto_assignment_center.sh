# Assignment Center search responses (JSON, API v2) as saved: deals by reel/frame, kinds by conveyanceCode or the
# text (code 40), inventors' assignments as employer; records listing fewer properties than noOfProperties, and
# a response listing fewer records than totalRows, are counted and said.
ac=uspto/assignment-center
$PATLAP convert $ac/ac_v2_search_patent_10000000.json
$PATLAP deals $ac/ac_v2_search_assignee_Google_conveyance_SECURITY.json --csv 2>"$TMP/err"
sed 's/^/stderr: /' "$TMP/err"
$PATLAP chain $ac/ac_v2_search_application_16136935.json --patent US10872483 --csv
$PATLAP stats $ac/ac_v2_search_assignee_exact_WIDEX_AS.json | grep -E "^(records_read|records_short_of_properties|record_properties|deals|transfers_employer|transfers_correction|transfers_merger),"
$PATLAP stats $ac/ac_v2_search_reelframe_58293-75.json | grep -E "^(records_short_of_properties|transfers_name-change),"
# 58293/0075 is in two of the responses, each listing another of its 29 properties: one record, no differing copies.
$PATLAP check $ac/*.json --csv 2>/dev/null | cut -d, -f1-2 | sort | uniq -c
