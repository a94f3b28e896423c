#pragma once
// Rows of `patlap overlap`: one per pair of deals, or with --list one per shared patent.
#include "analysis/overlap.h"
#include "analysis/transaction_merge.h"
#include "output/table.h"

namespace patlap {

// deal_a, date_a, deal_b, date_b, shared, size_a, size_b, jaccard. Keeps references to its arguments (the pairs:
// OverlapPairs::view(), in memory or a spilled file mapped).
Table overlap_table(const Dataset& data, std::span<const DealPair> pairs);

// deal_a, deal_b, patent, kinds_a, kinds_b: the shared patents of each pair, in pair order, patents sorted, with
// the kinds of the rows that carry each in either deal. The data must keep its patents' kinds
// (Dataset::deal_patent_kinds). The rows are held within `memory` bytes (0: no limit), past it in a file under
// TMPDIR (OutputError when it cannot take them). With the deals merged into transactions (members kept with
// carriers), also members_a, members_b: the recorded deals of each transaction whose patents include the shared one.
Table overlap_patent_table(const Dataset& data, const DealPatentGraph& graph, std::span<const DealPair> pairs,
                           std::uint64_t memory = 0, const TransactionMembers* members = nullptr);

}  // namespace patlap
