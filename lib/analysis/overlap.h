#pragma once
// Crossover between deals: every pair of deals sharing patents, found from the patents' side so that the work
// follows the number of shared pairs, never the number of deals squared.
#include "model/deal_patent_graph.h"

#include <cstdint>
#include <vector>

namespace patlap {

struct DealPair {
    DealId a;  // the earlier deal (by date, then identifier)
    DealId b;
    std::uint32_t shared;
};

struct OverlapOptions {
    std::vector<char> selected;   // per deal: may take part (empty: all)
    std::vector<DealId> focus;    // when not empty, only pairs with at least one of these deals
    std::uint32_t min_shared = 1;
    std::size_t top = 0;          // keep only the first N pairs (0: all)
    unsigned threads = 2;
    // Sort the pairs as packed 64-bit keys when they fit (see overlap.cpp). Tests turn it off to check the
    // comparison sort that takes over when they do not.
    bool packed_sort = true;
};

// Pairs sorted by shared descending, then deal_a and deal_b identifiers.
std::vector<DealPair> find_overlaps(const Dataset& data, const DealPatentGraph& graph, const OverlapOptions& options);

struct SharedPatent {
    PatentId patent;
    std::uint32_t place_a, place_b;  // its place among each deal's patents (DealPatentGraph::patents_of)
};

// The patents both deals hold, sorted by patent key.
std::vector<SharedPatent> shared_patents(const Dataset& data, const DealPatentGraph& graph, DealId a, DealId b);

}  // namespace patlap
