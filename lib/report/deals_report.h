#pragma once
// Rows of `patlap deals`: deal, date, kinds, from, to, patents.
#include "analysis/deal_list.h"
#include "report/table.h"

namespace patlap {

// Keeps references to its arguments.
Table deals_table(const Dataset& data, const std::vector<DealId>& deals);

}  // namespace patlap
