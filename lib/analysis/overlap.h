#pragma once
// Crossover between deals: every pair of deals sharing patents, found from the patents' side so that the work
// follows the number of shared pairs, never the number of deals squared.
#include "base/spilling_array.h"
#include "model/deal_patent_graph.h"

#include <cstdint>
#include <span>
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
    // Bytes the pairs may take while they are found, sorted and held (0: no limit). Past it they are sorted in
    // runs spilled to a folder under TMPDIR, merged, and the answer is a file mapped read-only.
    std::uint64_t memory = 0;
};

// The pairs found: in memory, or in a spilled file mapped read-only.
using OverlapPairs = SpillingArray<DealPair>;

// Pairs sorted by shared descending, then deal_a and deal_b identifiers (finished: read them with view()).
// Throws OutputError when the pairs must spill and TMPDIR cannot take them.
OverlapPairs find_overlaps(const Dataset& data, const DealPatentGraph& graph, const OverlapOptions& options);

struct SharedPatent {
    PatentId patent;
    std::uint32_t place_a, place_b;  // its place among each deal's patents (DealPatentGraph::patents_of)
};

// The patents both deals hold, sorted by patent key.
std::vector<SharedPatent> shared_patents(const Dataset& data, const DealPatentGraph& graph, DealId a, DealId b);

}  // namespace patlap
