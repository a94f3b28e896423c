#include "analysis/deal_clusters.h"

#include <algorithm>
#include <boost/graph/depth_first_search.hpp>
#include <boost/graph/filtered_graph.hpp>
#include <numeric>
#include <tuple>

namespace patlap {
namespace {

// Numbers the trees of a depth-first search, which on this graph (every edge stored both ways) are its
// connected components. boost::connected_components does the same but insists on an undirected graph type.
template <class Vertex>
class ComponentRecorder : public boost::default_dfs_visitor {
public:
    ComponentRecorder(std::vector<std::uint32_t>& component, std::uint32_t& count)
        : component_(&component), count_(&count) {}
    template <class Graph>
    void start_vertex(Vertex, const Graph&) {
        ++*count_;
    }
    template <class Graph>
    void discover_vertex(Vertex v, const Graph&) {
        (*component_)[v] = *count_ - 1;
    }

private:
    std::vector<std::uint32_t>* component_;
    std::uint32_t* count_;
};

// Keeps the patents and the selected deals. Boost's filter iterators need a default-constructible predicate.
struct SelectedDeals {
    const std::vector<char>* selected = nullptr;
    std::size_t deal_count = 0;
    bool operator()(std::uint32_t vertex) const { return vertex >= deal_count || (*selected)[vertex]; }
};

// Per vertex (deals, then patents): its component; npos for deals left out.
std::vector<std::uint32_t> components(const DealPatentGraph& graph, const std::vector<char>& selected,
                                      std::uint32_t& count) {
    using Graph = DealPatentGraph::Graph;
    using Vertex = boost::graph_traits<Graph>::vertex_descriptor;
    const Graph& g = graph.graph();
    std::vector<std::uint32_t> component(num_vertices(g), StringPool::npos);
    count = 0;
    ComponentRecorder<Vertex> recorder(component, count);
    bool all = std::find(selected.begin(), selected.end(), 0) == selected.end();
    if (all) {
        boost::depth_first_search(g, boost::visitor(recorder));
    } else {
        boost::filtered_graph<Graph, boost::keep_all, SelectedDeals> view(g, boost::keep_all(),
                                                                          SelectedDeals{&selected, graph.deal_count()});
        boost::depth_first_search(view, boost::visitor(recorder));
    }
    return component;
}

}  // namespace

DealClusters find_clusters(const Dataset& data, const DealPatentGraph& graph, const std::vector<char>& selected,
                           std::uint32_t min_deals) {
    std::uint32_t count = 0;
    std::vector<std::uint32_t> component = components(graph, selected, count);
    std::size_t deal_count = graph.deal_count();
    const auto& rank = data.deal_name_rank();

    std::vector<DealCluster> all(count);
    for (DealId deal = 0; deal < deal_count; ++deal) {
        if (component[deal] == StringPool::npos) continue;
        DealCluster& c = all[component[deal]];
        const DealInfo& info = data.deal_info[deal];
        const DealInfo& largest = data.deal_info[c.largest_deal];
        if (c.deals == 0 || info.patents > largest.patents ||
            (info.patents == largest.patents && rank[deal] < rank[c.largest_deal]))
            c.largest_deal = deal;
        if (c.deals == 0 || info.date < c.first_date) c.first_date = info.date;
        c.last_date = std::max(c.last_date, info.date);
        ++c.deals;
    }
    for (std::size_t v = deal_count; v < component.size(); ++v) ++all[component[v]].patents;

    // Distinct parties: visit the deals cluster by cluster, marking each party with the last cluster it counted for.
    std::vector<std::uint32_t> first_of(count + 1, 0);
    for (DealId deal = 0; deal < deal_count; ++deal)
        if (component[deal] != StringPool::npos) ++first_of[component[deal] + 1];
    std::partial_sum(first_of.begin(), first_of.end(), first_of.begin());
    std::vector<DealId> by_component(first_of.back());
    {
        std::vector<std::uint32_t> next(first_of.begin(), first_of.end() - 1);
        for (DealId deal = 0; deal < deal_count; ++deal)
            if (component[deal] != StringPool::npos) by_component[next[component[deal]]++] = deal;
    }
    std::vector<std::uint32_t> counted_for(data.parties.size(), StringPool::npos);
    auto count_party = [&](std::uint32_t c, PartyId party) {
        if (counted_for[party] == c) return;
        counted_for[party] = c;
        ++all[c].parties;
    };
    for (std::uint32_t c = 0; c < count; ++c)
        for (std::uint32_t i = first_of[c]; i < first_of[c + 1]; ++i) {
            if (data.deal_patents_only) {
                for (PartyId party : data.deal_parties(by_component[i])) count_party(c, party);
                continue;
            }
            for (const Transfer& t : data.deal_transfers(by_component[i])) {
                count_party(c, t.from);
                count_party(c, t.to);
            }
        }

    std::vector<std::uint32_t> order;
    for (std::uint32_t c = 0; c < count; ++c)
        if (all[c].deals > 0 && all[c].deals >= min_deals) order.push_back(c);
    std::sort(order.begin(), order.end(), [&](std::uint32_t x, std::uint32_t y) {
        const DealCluster &a = all[x], &b = all[y];
        return std::tuple(b.deals, b.patents, a.first_date, rank[a.largest_deal]) <
               std::tuple(a.deals, a.patents, b.first_date, rank[b.largest_deal]);
    });

    DealClusters result;
    std::vector<std::uint32_t> position(count, StringPool::npos);
    for (std::uint32_t i = 0; i < order.size(); ++i) {
        position[order[i]] = i;
        result.clusters.push_back(all[order[i]]);
    }
    result.cluster_of.assign(deal_count, StringPool::npos);
    for (DealId deal = 0; deal < deal_count; ++deal)
        if (component[deal] != StringPool::npos) result.cluster_of[deal] = position[component[deal]];
    return result;
}

std::vector<DealId> deals_by_cluster(const Dataset& data, const DealClusters& clusters) {
    std::vector<DealId> deals;
    for (DealId deal = 0; deal < clusters.cluster_of.size(); ++deal)
        if (clusters.cluster_of[deal] != StringPool::npos) deals.push_back(deal);
    const auto& rank = data.deal_name_rank();
    std::sort(deals.begin(), deals.end(), [&](DealId a, DealId b) {
        return std::tuple(clusters.cluster_of[a], data.deal_info[a].date, rank[a]) <
               std::tuple(clusters.cluster_of[b], data.deal_info[b].date, rank[b]);
    });
    return deals;
}

}  // namespace patlap
