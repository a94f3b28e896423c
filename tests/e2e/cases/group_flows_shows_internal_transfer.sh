$PATLAP flows internal_transfer.csv --groups internal_transfer_groups.csv --by group
