# --transactions (docs/manual.md, "Transactions"): S-1, S-2 and S-3 are one sale recorded in batches (S-3 on day
# 31 of the first date, so in; S-4 on day 32, so out); S-5 and X-1 differ by a party until the group file makes
# Acme one family; L-1, a licence on S-1's day, is another kind class.
echo "== deals"; $PATLAP deals transactions.csv --transactions --csv
echo "== deals, groups"; $PATLAP deals transactions.csv --transactions --groups transactions_groups.csv --by group --json
echo "== window 18"; $PATLAP deals transactions.csv --transactions --transaction-window 18 --csv
echo "== overlap"; $PATLAP overlap transactions.csv --transactions --csv
echo "== overlap --list"; $PATLAP overlap transactions.csv --transactions --groups transactions_groups.csv --by group --list --csv
echo "== overlap --deal"; $PATLAP overlap transactions.csv --transactions --deal S-2 --csv
echo "== clusters"; $PATLAP clusters transactions.csv --transactions --members --csv
echo "== chain"; $PATLAP chain transactions.csv --transactions --patent US1000003 --csv
echo "== stats"; $PATLAP stats transactions.csv --transactions --groups transactions_groups.csv --by group --csv | grep -E '^(deals|transactions|deals_in_shared_transactions),'
echo "== graph"; $PATLAP graph transactions.csv --transactions --by-deal --format json | grep -c '"deal"'
echo "== graph without --by-deal"; $PATLAP graph transactions.csv --transactions; echo "exit $?"
