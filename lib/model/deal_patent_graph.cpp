#include "model/deal_patent_graph.h"

#include <numeric>
#include <utility>

namespace patlap {
namespace {

// Yields the edges deal->patent (from the transfers, already grouped by deal and sorted by patent), then
// patent->deal (from a counting sort of the same pairs), one at a time: Boost's sorted-edge constructor reads
// them in a single pass, so the edge list is never held in memory twice.
class SortedEdges {
public:
    explicit SortedEdges(const Dataset& data) : data_(data), deal_count_(std::uint32_t(data.deals.size())) {
        std::size_t patents = data.patents.size();
        patent_begin_.assign(patents + 1, 0);
        for_each_pair([&](DealId, PatentId p) { ++patent_begin_[p + 1]; });
        std::partial_sum(patent_begin_.begin(), patent_begin_.end(), patent_begin_.begin());
        deals_by_patent_.resize(patent_begin_.back());
        std::vector<std::uint32_t> next(patent_begin_.begin(), patent_begin_.end() - 1);
        for_each_pair([&](DealId d, PatentId p) { deals_by_patent_[next[p]++] = d; });
    }

    std::size_t edge_count() const { return 2 * deals_by_patent_.size(); }

    template <class Visit>
    void for_each_pair(Visit visit) const {
        for (DealId d = 0; d < deal_count_; ++d) {
            auto rows = data_.deal_transfers(d);
            for (std::size_t i = 0; i < rows.size(); ++i)
                if (i == 0 || rows[i].patent != rows[i - 1].patent) visit(d, rows[i].patent);
        }
    }

    // A single-pass input iterator over all edges in source order.
    class Iterator {
    public:
        using iterator_category = std::input_iterator_tag;
        using value_type = std::pair<std::uint32_t, std::uint32_t>;
        using difference_type = std::ptrdiff_t;
        using pointer = const value_type*;
        using reference = const value_type&;

        Iterator(const SortedEdges* edges, bool at_end) : edges_(edges), at_end_(at_end) {
            if (!at_end_) advance();
        }
        reference operator*() const { return current_; }
        pointer operator->() const { return &current_; }
        Iterator& operator++() {
            advance();
            return *this;
        }
        bool operator==(const Iterator& other) const { return at_end_ == other.at_end_; }
        bool operator!=(const Iterator& other) const { return !(*this == other); }

    private:
        void advance() {
            const Dataset& data = edges_->data_;
            while (deal_ < edges_->deal_count_) {  // deal -> patent edges
                auto rows = data.deal_transfers(deal_);
                while (row_ < rows.size()) {
                    std::size_t i = row_++;
                    if (i == 0 || rows[i].patent != rows[i - 1].patent) {
                        current_ = {deal_, edges_->deal_count_ + rows[i].patent};
                        return;
                    }
                }
                ++deal_;
                row_ = 0;
            }
            const auto& begin = edges_->patent_begin_;
            while (patent_ + 1 < begin.size()) {  // patent -> deal edges
                if (slot_ < begin[patent_ + 1]) {
                    current_ = {edges_->deal_count_ + patent_, edges_->deals_by_patent_[slot_++]};
                    return;
                }
                ++patent_;
            }
            at_end_ = true;
        }

        const SortedEdges* edges_;
        bool at_end_;
        std::uint32_t deal_ = 0, patent_ = 0;
        std::size_t row_ = 0, slot_ = 0;
        value_type current_{};
    };

    Iterator begin() const { return Iterator(this, false); }
    Iterator end() const { return Iterator(this, true); }

private:
    const Dataset& data_;
    std::uint32_t deal_count_;
    std::vector<std::uint32_t> patent_begin_;
    std::vector<DealId> deals_by_patent_;
};

DealPatentGraph::Graph build_graph(const Dataset& data, const std::function<void()>& edges_counted) {
    SortedEdges edges(data);
    if (edges_counted) edges_counted();
    using Graph = DealPatentGraph::Graph;
    return Graph(boost::edges_are_sorted, edges.begin(), edges.end(),
                 Graph::vertices_size_type(data.deals.size() + data.patents.size()),
                 Graph::edges_size_type(edges.edge_count()));
}

}  // namespace

DealPatentGraph::DealPatentGraph(const Dataset& data) : DealPatentGraph(data, {}) {}

DealPatentGraph::DealPatentGraph(const Dataset& data, const std::function<void()>& edges_counted)
    : deal_count_(data.deals.size()), graph_(build_graph(data, edges_counted)) {}

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
