#include "analysis/party_network.h"

#include "analysis/owners.h"

#include <algorithm>
#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/range/iterator_range.hpp>
#include <tuple>
#include <utility>

namespace patlap {
namespace {

using Link = std::pair<PartyId, PartyId>;

// Parties within `depth` links of `start`, following links either way.
std::vector<char> within_hops(std::size_t party_count, std::vector<Link> links, PartyId start, unsigned depth) {
    std::size_t one_way = links.size();
    links.reserve(2 * one_way);
    for (std::size_t i = 0; i < one_way; ++i) links.emplace_back(links[i].second, links[i].first);
    using Graph = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, boost::no_property,
                                                     boost::no_property, std::uint32_t, std::uint32_t>;
    Graph graph(boost::edges_are_unsorted_multi_pass, links.begin(), links.end(),
                Graph::vertices_size_type(party_count));

    std::vector<char> reached(party_count, 0);
    reached[start] = 1;
    std::vector<PartyId> frontier{start}, next;
    for (unsigned hop = 0; hop < depth && !frontier.empty(); ++hop) {
        for (PartyId party : frontier)
            for (auto neighbour : boost::make_iterator_range(adjacent_vertices(party, graph)))
                if (!reached[neighbour]) {
                    reached[neighbour] = 1;
                    next.push_back(neighbour);
                }
        frontier.swap(next);
        next.clear();
    }
    return reached;
}

// The distinct (from, to) pairs of each selected deal: a cheap first cut of the neighbourhood, before the edges
// are summed up. Leaving out thin edges later only lengthens paths, so the exact neighbourhood lies inside it.
std::vector<Link> deal_links(const Dataset& data, const std::vector<char>& selected) {
    std::vector<Link> links;
    for (DealId deal = 0; deal < data.deals.size(); ++deal) {
        if (!selected.empty() && !selected[deal]) continue;
        std::size_t first = links.size();
        for (const Transfer& t : data.deal_transfers(deal))
            if (links.size() == first || links.back() != Link(t.from, t.to)) links.emplace_back(t.from, t.to);
        std::sort(links.begin() + std::ptrdiff_t(first), links.end());
        links.erase(std::unique(links.begin() + std::ptrdiff_t(first), links.end()), links.end());
    }
    return links;
}

struct EdgeRow {
    PartyId from, to;
    DealId deal;
    PatentId patent;
    Date date;
    TransferKind kind;
};

std::vector<EdgeRow> rows_to_draw(const Dataset& data, const std::vector<char>& selected,
                                  const std::vector<char>& in_reach) {
    std::vector<EdgeRow> rows;
    for (DealId deal = 0; deal < data.deals.size(); ++deal) {
        if (!selected.empty() && !selected[deal]) continue;
        for (const Transfer& t : data.deal_transfers(deal))
            if (in_reach.empty() || (in_reach[t.from] && in_reach[t.to]))
                rows.push_back({t.from, t.to, t.deal, t.patent, t.date, t.kind});
    }
    return rows;
}

// Sums the rows up into edges, whose `from` and `to` are still party ids.
std::vector<PartyEdge> sum_up(std::vector<EdgeRow>& rows, std::size_t deal_count, const PartyNetworkOptions& options) {
    bool by_deal = options.by_deal;
    auto edge_key = [by_deal](const EdgeRow& r) { return std::tuple(r.from, r.to, r.kind, by_deal ? r.deal : 0u); };
    std::sort(rows.begin(), rows.end(), [&](const EdgeRow& a, const EdgeRow& b) {
        return std::tuple_cat(edge_key(a), std::tie(a.patent)) < std::tuple_cat(edge_key(b), std::tie(b.patent));
    });

    std::vector<PartyEdge> edges;
    std::vector<std::uint32_t> counted_for(deal_count, StringPool::npos);  // per deal: the last group counting it
    std::uint32_t group = 0;
    for (std::size_t i = 0; i < rows.size(); ++group) {
        const EdgeRow& head = rows[i];
        PartyEdge edge{head.from, head.to, head.kind, by_deal ? head.deal : StringPool::npos, 0, 0, head.date, head.date};
        std::size_t j = i;
        for (; j < rows.size() && edge_key(rows[j]) == edge_key(head); ++j) {
            const EdgeRow& r = rows[j];
            if (j == i || r.patent != rows[j - 1].patent) ++edge.patents;
            if (counted_for[r.deal] != group) {
                counted_for[r.deal] = group;
                ++edge.deals;
            }
            edge.first_date = std::min(edge.first_date, r.date);
            edge.last_date = std::max(edge.last_date, r.date);
        }
        if (edge.patents >= options.min_patents) edges.push_back(edge);
        i = j;
    }
    return edges;
}

}  // namespace

PartyNetwork build_party_network(const Dataset& data, const PartyNetworkOptions& options) {
    PartyNetwork graph;
    if (options.around && *options.around == StringPool::npos) return graph;

    std::vector<char> in_reach;
    if (options.around)
        in_reach = within_hops(data.parties.size(), deal_links(data, options.selected), *options.around, options.depth);
    std::vector<PartyEdge> edges;
    {
        std::vector<EdgeRow> rows = rows_to_draw(data, options.selected, in_reach);
        edges = sum_up(rows, data.deals.size(), options);
    }
    if (options.around) {
        std::vector<Link> links;
        for (const PartyEdge& e : edges) links.emplace_back(e.from, e.to);
        in_reach = within_hops(data.parties.size(), std::move(links), *options.around, options.depth);
        std::erase_if(edges, [&](const PartyEdge& e) { return !in_reach[e.from] || !in_reach[e.to]; });
    }

    std::vector<PartyId> parties;
    for (const PartyEdge& e : edges) {
        parties.push_back(e.from);
        parties.push_back(e.to);
    }
    if (options.around) parties.push_back(*options.around);
    std::sort(parties.begin(), parties.end());
    parties.erase(std::unique(parties.begin(), parties.end()), parties.end());
    std::sort(parties.begin(), parties.end(), [&](PartyId a, PartyId b) {
        return std::pair(data.party_name(a), a) < std::pair(data.party_name(b), b);
    });

    std::vector<std::uint32_t> held = patents_held_by_party(data);
    std::vector<std::uint32_t> node_of(data.parties.size(), StringPool::npos);
    for (PartyId party : parties) {
        node_of[party] = std::uint32_t(graph.nodes.size());
        graph.nodes.push_back({party, held[party]});
    }
    for (PartyEdge& e : edges) {
        e.from = node_of[e.from];
        e.to = node_of[e.to];
    }
    auto order = [](const PartyEdge& a, const PartyEdge& b) {
        return std::tuple(a.from, a.to, a.kind) < std::tuple(b.from, b.to, b.kind);
    };
    if (options.by_deal) {  // ranking the deal names costs a sort of them all: only when needed
        const auto& rank = data.deal_name_rank();
        std::sort(edges.begin(), edges.end(), [&](const PartyEdge& a, const PartyEdge& b) {
            return order(a, b) || (!order(b, a) && rank[a.deal] < rank[b.deal]);
        });
    } else {
        std::sort(edges.begin(), edges.end(), order);
    }
    graph.edges = std::move(edges);
    return graph;
}

}  // namespace patlap
