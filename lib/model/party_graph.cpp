#include "model/party_graph.h"

#include <boost/iterator/counting_iterator.hpp>
#include <boost/iterator/transform_iterator.hpp>

namespace patlap {
namespace {

struct EdgeOf {
    std::pair<std::uint32_t, std::uint32_t> operator()(const Transfer& t) const { return {t.from, t.to}; }
};

PartyGraph::Graph build_graph(const Dataset& data) {
    // Boost places the edges by a counting sort on the source that keeps their input order, so each party's run
    // stays in transfer order; the edge property is the transfer's index.
    auto first = boost::make_transform_iterator(data.transfers.begin(), EdgeOf{});
    auto last = boost::make_transform_iterator(data.transfers.end(), EdgeOf{});
    return PartyGraph::Graph(boost::edges_are_unsorted_multi_pass, first, last, boost::counting_iterator<std::uint32_t>(0),
                             PartyGraph::Graph::vertices_size_type(data.parties.size()));
}

}  // namespace

PartyGraph::PartyGraph(const Dataset& data) : graph_(build_graph(data)) {}

std::span<const std::uint32_t> PartyGraph::transfers_from(PartyId party) const {
    // As in DealPatentGraph: the CSR arrays are public members; a run is read directly.
    const auto& csr = graph_.m_forward;
    return {csr.m_edge_properties.data() + csr.m_rowstart[party], csr.m_edge_properties.data() + csr.m_rowstart[party + 1]};
}

}  // namespace patlap
