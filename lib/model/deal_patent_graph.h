#pragma once
// The bipartite graph of deals and the patents on their rows, as a Boost compressed_sparse_row_graph: vertices
// 0..D-1 are deals, D..D+P-1 are patents, and every deal-patent pair is stored once in each direction, so that
// both "patents of a deal" and "deals of a patent" are contiguous, sorted runs of 32-bit ids.
#include "model/dataset.h"

#include "model/csr_graph.h"
#include <cstdint>
#include <span>

namespace patlap {

// The patents of one deal: a run of patent vertex ids read back as patent ids.
class PatentRun {
public:
    class Iterator {
    public:
        Iterator(const std::uint32_t* p, std::uint32_t offset) : p_(p), offset_(offset) {}
        PatentId operator*() const { return *p_ - offset_; }
        Iterator& operator++() {
            ++p_;
            return *this;
        }
        bool operator!=(const Iterator& other) const { return p_ != other.p_; }

    private:
        const std::uint32_t* p_;
        std::uint32_t offset_;
    };

    PatentRun(std::span<const std::uint32_t> vertices, std::uint32_t offset) : vertices_(vertices), offset_(offset) {}
    Iterator begin() const { return {vertices_.data(), offset_}; }
    Iterator end() const { return {vertices_.data() + vertices_.size(), offset_}; }
    std::size_t size() const { return vertices_.size(); }

private:
    std::span<const std::uint32_t> vertices_;
    std::uint32_t offset_;
};

class DealPatentGraph {
public:
    using Graph = CsrGraph<>;

    explicit DealPatentGraph(const Dataset& data);

    std::size_t deal_count() const { return deal_count_; }
    std::size_t patent_count() const { return num_vertices(graph_) - deal_count_; }

    // The deal's distinct patents, ascending by patent id.
    PatentRun patents_of(DealId deal) const;
    // The distinct deals holding the patent, ascending by deal id (as vertex ids, which equal deal ids).
    std::span<const DealId> deals_of(PatentId patent) const;

    const Graph& graph() const { return graph_; }

private:
    std::span<const std::uint32_t> neighbours(std::uint32_t vertex) const;

    std::size_t deal_count_;
    Graph graph_;
};

}  // namespace patlap
