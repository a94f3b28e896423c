# --party Microsoft Mobile Oy: the entity alone is in three deals; its group also in the two Microsoft employer
# assignments, whose patents the group later sold to Xiaomi.
echo "# by party"
$PATLAP overlap ../../data/transfers.csv --party "Microsoft Mobile Oy"
echo "# by group"
$PATLAP overlap ../../data/transfers.csv --groups ../../data/groups.csv --by group --party "Microsoft Mobile Oy"
