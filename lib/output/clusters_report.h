#pragma once
// Rows of `patlap clusters`: one per cluster, or with --members one per deal.
#include "analysis/deal_clusters.h"
#include "output/table.h"

namespace patlap {

// cluster, deals, patents, parties, first_date, last_date, largest_deal. Keeps references to its arguments.
Table clusters_table(const Dataset& data, const DealClusters& clusters);

// cluster, deal; `deals` as deals_by_cluster() orders them. Keeps references to its arguments.
Table cluster_members_table(const Dataset& data, const DealClusters& clusters, const std::vector<DealId>& deals);

}  // namespace patlap
