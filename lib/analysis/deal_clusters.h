#pragma once
// Deals grouped into clusters that share patents: the connected components of the deal-patent graph, so that two
// deals fall in one cluster when a chain of shared patents links them (the components of the overlap graph).
#include "model/deal_patent_graph.h"

#include <cstdint>
#include <vector>

namespace patlap {

struct DealCluster {
    std::uint32_t deals = 0;
    std::uint32_t patents = 0;  // distinct patents on the cluster's deals
    std::uint32_t parties = 0;  // distinct parties on their rows, either side
    Date first_date = 0, last_date = 0;  // earliest and latest deal date
    DealId largest_deal = 0;    // most patents; ties to the earlier identifier
};

struct DealClusters {
    // Most deals first, then most patents, earliest first_date, largest_deal identifier; cluster n is clusters[n - 1].
    std::vector<DealCluster> clusters;
    std::vector<std::uint32_t> cluster_of;  // per deal: index into clusters, or npos when left out
};

// Clusters of the selected deals (all when `selected` is empty) with at least `min_deals` deals; unselected deals
// neither join nor link clusters.
DealClusters find_clusters(const Dataset& data, const DealPatentGraph& graph, const std::vector<char>& selected,
                           std::uint32_t min_deals);

// The deals of each cluster, in cluster order, then by date and identifier.
std::vector<DealId> deals_by_cluster(const Dataset& data, const DealClusters& clusters);

}  // namespace patlap
