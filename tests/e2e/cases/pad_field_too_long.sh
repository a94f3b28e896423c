# A PAD document number longer than any real one (255 characters) is a bad row, not a number cut short: two
# 300-digit grant numbers were cut alike and became one patent.
mkdir "$TMP/pad"
printf 'rf_id,reel_no,frame_no,convey_text,record_dt\n1,1,1,ASSIGNMENT,2020-01-01\n2,1,2,ASSIGNMENT,2020-01-01\n' >"$TMP/pad/assignment.csv"
printf 'rf_id,or_name,exec_dt\n1,A CORP,2020-01-01\n2,A CORP,2020-01-01\n' >"$TMP/pad/assignor.csv"
printf 'rf_id,ee_name\n1,B CORP\n2,B CORP\n' >"$TMP/pad/assignee.csv"
nines=$(printf '9%.0s' $(seq 300))
printf 'rf_id,appno_doc_num,grant_doc_num\n1,,%s1\n2,,%s2\n' "$nines" "$nines" >"$TMP/pad/documentid.csv"
$PATLAP stats "$TMP/pad" 2>&1 | sed "s#$TMP/##"; echo "exit ${PIPESTATUS[0]}"
$PATLAP stats "$TMP/pad" --skip-bad-rows 2>&1 | grep -E '^(records_read|rows_skipped|patents)|warning|pad/' | sed "s#$TMP/##"
