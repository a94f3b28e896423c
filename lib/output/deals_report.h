#pragma once
// Rows of `patlap deals`: deal, date, kinds, from, to, patents, conveyance, refers_to (the last two from USPTO
// records: the conveyance text as written and the reel/frame it names).
#include "analysis/deal_list.h"
#include "output/table.h"

namespace patlap {

// Keeps references to its arguments.
Table deals_table(const Dataset& data, const std::vector<DealId>& deals);

}  // namespace patlap
