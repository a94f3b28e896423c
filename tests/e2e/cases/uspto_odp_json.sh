# Open Data Portal assignment responses in both saved shapes. The 2025 one names its application, the record's
# one property; the 2024 beta one does not, so its record cannot be used: said, and under --skip-bad-rows counted.
$PATLAP convert uspto/odp/odp_application_15000001_assignment.json | head -4
$PATLAP stats uspto/odp/odp_application_15000001_assignment.json | grep -E "^(records_read|record_assignors|transfers_employer|first_date),"
$PATLAP stats uspto/odp/odp_application_15123456_assignment.json; echo "exit $?"
$PATLAP stats uspto/odp/odp_application_15123456_assignment.json --skip-bad-rows | grep -E "^(records_read|rows_skipped),"
