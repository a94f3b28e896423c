#pragma once
// The party graph: parties as vertices and one edge per transfer, from its `from` party to its `to` party, as a
// Boost compressed_sparse_row_graph whose edges carry the transfer's index. A party's out-edges are one
// contiguous run in transfer order (deal, then patent), so "everything A gave" is a slice, not a search.
#include "model/dataset.h"

#include "model/csr_graph.h"
#include <cstdint>
#include <span>

namespace patlap {

class PartyGraph {
public:
    using Graph = CsrGraph<std::uint32_t>;

    explicit PartyGraph(const Dataset& data);

    std::size_t party_count() const { return num_vertices(graph_); }
    // The transfers with this party on the `from` side, as indices into Dataset::transfers, ascending.
    std::span<const std::uint32_t> transfers_from(PartyId party) const;

    const Graph& graph() const { return graph_; }

private:
    Graph graph_;
};

}  // namespace patlap
