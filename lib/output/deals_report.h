#pragma once
// Rows of `patlap deals`: deal, date, kinds, from, to, patents, conveyance, refers_to (the last two from USPTO
// records: the conveyance text as written and the reel/frame it names).
#include "analysis/deal_list.h"
#include "analysis/transaction_merge.h"
#include "output/table.h"

namespace patlap {

// Keeps references to its arguments. With the deals merged into transactions, also `members`: each transaction's
// recorded deals, by date (a list: an array in JSON).
Table deals_table(const Dataset& data, const std::vector<DealId>& deals, const TransactionMembers* members = nullptr);

}  // namespace patlap
