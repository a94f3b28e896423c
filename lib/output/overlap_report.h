#pragma once
// Rows of `patlap overlap`: one per pair of deals, or with --list one per shared patent.
#include "analysis/overlap.h"
#include "output/table.h"

namespace patlap {

// deal_a, date_a, deal_b, date_b, shared, size_a, size_b, jaccard. Keeps references to its arguments.
Table overlap_table(const Dataset& data, const std::vector<DealPair>& pairs);

// deal_a, deal_b, patent, kinds_a, kinds_b: the shared patents of each pair, in pair order, patents sorted, with
// the kinds of the rows that carry each in either deal. The data must keep its patents' kinds
// (Dataset::deal_patent_kinds).
Table overlap_patent_table(const Dataset& data, const DealPatentGraph& graph, const std::vector<DealPair>& pairs);

}  // namespace patlap
