#include "model/deal_patent_graph.h"

#include "base/worker.h"

#include <thread>

namespace patlap {
namespace {

// Calls visit(deal, patent) for every distinct pair, deals ascending, each deal's patents ascending: from the
// deals' patent lists, or else from the rows, which are grouped by deal and sorted by patent, so that a pair's
// repeats are neighbours.
template <class Visit>
void for_each_pair(const Dataset& data, Visit visit) {
    if (data.deal_patents_only) {
        for (DealId d = 0; d < data.deals.size(); ++d)
            for (PatentId p : data.deal_patents(d)) visit(d, p);
        return;
    }
    for (DealId d = 0; d < data.deals.size(); ++d) {
        auto rows = data.deal_transfers(d);
        for (std::size_t i = 0; i < rows.size(); ++i)
            if (i == 0 || rows[i].patent != rows[i - 1].patent) visit(d, rows[i].patent);
    }
}

// Boost's CSR graph offers no constructor from ready row starts and columns: its sorted-edge constructor takes
// the edges one at a time, on one thread. Here both halves are known in advance (a deal's patents are its sorted
// rows; a patent's deals come from a counting sort of the same pairs), so the two arrays of its forward structure
// (m_forward, public: row starts, V + 1 of them, and the targets) are filled in place, in the layout that
// constructor produces, each half on its own thread. The test checks the result against the constructor's.
DealPatentGraph::Graph build_graph(const Dataset& data) {
    using Graph = DealPatentGraph::Graph;
    const auto deals = std::uint32_t(data.deals.size()), patents = std::uint32_t(data.patents.size());
    Graph graph(Graph::vertices_size_type(deals + patents));
    std::vector<std::uint32_t>& start = graph.m_forward.m_rowstart;
    std::vector<std::uint32_t>& target = graph.m_forward.m_column;

    // Deal rows: each deal's distinct patents, which the dataset has counted.
    std::uint32_t edge = 0;
    for (DealId d = 0; d < deals; ++d) {
        start[d] = edge;
        edge += data.deal_info[d].patents;
    }
    const std::uint32_t half = edge;
    // Patent rows: start[deals + 1 + p] becomes patent p's first slot (its count goes two places on, then the
    // running sum), and then its fill cursor, which ends on its last slot + 1: where the row ends, as it should.
    start[deals] = half;
    for_each_pair(data, [&](DealId, PatentId p) {
        if (p + 1 < patents) ++start[deals + 2 + p];
    });
    if (patents > 0) start[deals + 1] = half;
    for (std::uint32_t v = deals + 2; v <= deals + patents; ++v) start[v] += start[v - 1];

    target.resize(2 * std::size_t(half));
    Worker deal_rows([&] {
        std::uint32_t* out = target.data();
        for_each_pair(data, [&](DealId, PatentId p) { *out++ = deals + p; });
    });
    for_each_pair(data, [&](DealId d, PatentId p) { target[start[deals + 1 + p]++] = d; });
    deal_rows.join();
    return graph;
}

}  // namespace

DealPatentGraph::DealPatentGraph(const Dataset& data)
    : deal_count_(data.deals.size()), graph_(build_graph(data)) {}

std::span<const std::uint32_t> DealPatentGraph::neighbours(std::uint32_t vertex) const {
    // Boost's CSR graph keeps each vertex's targets contiguous in m_forward (a public member); reading the run
    // directly keeps the inner loops of the analyses free of iterator overhead.
    const auto& csr = graph_.m_forward;
    return {csr.m_column.data() + csr.m_rowstart[vertex], csr.m_column.data() + csr.m_rowstart[vertex + 1]};
}

PatentRun DealPatentGraph::patents_of(DealId deal) const {
    return PatentRun(neighbours(deal), std::uint32_t(deal_count_));
}

std::span<const DealId> DealPatentGraph::deals_of(PatentId patent) const {
    return neighbours(std::uint32_t(deal_count_ + patent));
}

}  // namespace patlap
