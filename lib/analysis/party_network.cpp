#include "analysis/party_network.h"

#include "analysis/owners.h"
#include "base/two_threads.h"

#include <algorithm>
#include "model/csr_graph.h"
#include <boost/range/iterator_range.hpp>
#include <future>
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
    using Graph = CsrGraph<>;
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

// The rows an edge sums up, bucketed by (from, kind) with a counting sort: a comparison sort of all the rows by
// edge took most of the time on large graphs, and within a bucket the rows need only a sort on integers.
struct DrawnRow {
    std::uint32_t to, deal_key, patent;  // deal_key: the deal with by_deal, else 0
    DealId deal;
    Date date;

    std::uint64_t edge_key() const { return std::uint64_t(to) << 32 | deal_key; }
};

struct DrawnRows {
    std::vector<std::uint32_t> bucket_begin;  // rows of bucket b: [bucket_begin[b], bucket_begin[b + 1])
    std::vector<DrawnRow> rows;

    static std::size_t bucket(PartyId from, TransferKind kind) { return from * transfer_kind_count + std::size_t(kind); }
};

template <class Visit>
void for_each_row_to_draw(const Dataset& data, DealId first_deal, DealId last_deal, const std::vector<char>& selected,
                          const std::vector<char>& in_reach, Visit visit) {
    for (DealId deal = first_deal; deal < last_deal; ++deal) {
        if (!selected.empty() && !selected[deal]) continue;
        for (const Transfer& t : data.deal_transfers(deal))
            if (in_reach.empty() || (in_reach[t.from] && in_reach[t.to])) visit(t);
    }
}

// Each half of the deals (by rows) is counted and placed on a thread of its own: a bucket holds the first half's
// rows, then the second's, as one thread would place them.
DrawnRows rows_to_draw(const Dataset& data, const PartyNetworkOptions& options, const std::vector<char>& in_reach) {
    DrawnRows drawn;
    const std::size_t buckets = data.parties.size() * transfer_kind_count;
    const bool two = data.deal_begin.back() >= worth_a_thread;
    std::vector<std::uint32_t> next[2] = {std::vector<std::uint32_t>(buckets, 0),
                                          std::vector<std::uint32_t>(buckets, 0)};
    in_two_halves_by_rows(data.deal_begin, [&](std::size_t first_deal, std::size_t last_deal, int half) {
        for_each_row_to_draw(data, DealId(first_deal), DealId(last_deal), options.selected, in_reach,
                             [&](const Transfer& t) { ++next[half][DrawnRows::bucket(t.from, t.kind)]; });
    }, two);
    drawn.bucket_begin.resize(buckets + 1);
    std::uint32_t placed = 0;
    for (std::size_t b = 0; b < buckets; ++b) {
        drawn.bucket_begin[b] = placed;
        for (auto& cursor : next) {
            std::uint32_t rows = cursor[b];
            cursor[b] = placed;
            placed += rows;
        }
    }
    drawn.bucket_begin[buckets] = placed;
    drawn.rows.resize(placed);
    in_two_halves_by_rows(data.deal_begin, [&](std::size_t first_deal, std::size_t last_deal, int half) {
        auto place = [&](const Transfer& t) {
            drawn.rows[next[half][DrawnRows::bucket(t.from, t.kind)]++] =
                DrawnRow{t.to, options.by_deal ? t.deal : 0u, t.patent, t.deal, t.date};
        };
        for_each_row_to_draw(data, DealId(first_deal), DealId(last_deal), options.selected, in_reach, place);
    }, two);
    const auto& bucket_begin = drawn.bucket_begin;
    in_two_halves_by_rows(bucket_begin, [&](std::size_t first_bucket, std::size_t last_bucket, int) {
        for (std::size_t b = first_bucket; b < last_bucket; ++b) {
            auto first = drawn.rows.begin() + bucket_begin[b], last = drawn.rows.begin() + bucket_begin[b + 1];
            if (last - first > 1)
                std::sort(first, last, [](const DrawnRow& x, const DrawnRow& y) {
                    return std::pair(x.edge_key(), x.patent) < std::pair(y.edge_key(), y.patent);
                });
        }
    }, two);
    return drawn;
}

// Sums the rows up into edges, whose `from` and `to` are still party ids.
std::vector<PartyEdge> sum_up(const DrawnRows& drawn, std::size_t deal_count, const PartyNetworkOptions& options) {
    std::vector<PartyEdge> edges;
    std::vector<std::uint32_t> counted_for(deal_count, StringPool::npos);  // per deal: the last group counting it
    std::uint32_t group = 0;
    const auto& rows = drawn.rows;
    constexpr std::size_t lookahead = 16;
    for (std::size_t b = 0; b + 1 < drawn.bucket_begin.size(); ++b) {
        PartyId from = PartyId(b / transfer_kind_count);
        auto kind = TransferKind(b % transfer_kind_count);
        for (std::size_t i = drawn.bucket_begin[b], end = drawn.bucket_begin[b + 1]; i < end; ++group) {
            const DrawnRow& head = rows[i];
            PartyEdge edge{from, head.to, kind, options.by_deal ? head.deal : StringPool::npos, 0, 0, head.date,
                           head.date};
            std::size_t j = i;
            for (; j < end && rows[j].edge_key() == head.edge_key(); ++j) {
                // The deals are in no order: fetching their marks ahead lets the cache misses overlap.
                if (j + lookahead < rows.size()) __builtin_prefetch(&counted_for[rows[j + lookahead].deal]);
                const DrawnRow& r = rows[j];
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
    }
    return edges;
}

}  // namespace

PartyNetwork build_party_network(const Dataset& data, const PartyNetworkOptions& options) {
    PartyNetwork graph;
    if (options.around && *options.around == StringPool::npos) return graph;
    // The patents each party holds come from a replay of every patent's title, independent of the edges: on a
    // second core meanwhile.
    auto held_by_party = std::async(std::launch::async, [&data] { return patents_held_by_party(data); });

    std::vector<char> in_reach;
    if (options.around)
        in_reach = within_hops(data.parties.size(), deal_links(data, options.selected), *options.around, options.depth);
    std::vector<PartyEdge> edges = sum_up(rows_to_draw(data, options, in_reach), data.deals.size(), options);
    if (options.around) {
        std::vector<Link> links;
        for (const PartyEdge& e : edges) links.emplace_back(e.from, e.to);
        in_reach = within_hops(data.parties.size(), std::move(links), *options.around, options.depth);
        std::erase_if(edges, [&](const PartyEdge& e) { return !in_reach[e.from] || !in_reach[e.to]; });
    }

    std::vector<char> drawn(data.parties.size(), 0);
    for (const PartyEdge& e : edges) drawn[e.from] = drawn[e.to] = 1;
    if (options.around) drawn[*options.around] = 1;
    std::vector<PartyId> parties;
    for (PartyId party = 0; party < drawn.size(); ++party)
        if (drawn[party]) parties.push_back(party);
    std::sort(parties.begin(), parties.end(), [&](PartyId a, PartyId b) {
        return std::pair(data.party_name(a), a) < std::pair(data.party_name(b), b);
    });

    std::vector<std::uint32_t> held = held_by_party.get().all;
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
    } else if (graph.nodes.size() < (std::size_t(1) << 28)) {
        // Sorted as (from, to, kind) packed into one integer (28 + 32 + 4 bits), with the edge's index, then
        // gathered: much faster than moving the edges themselves about, at millions of edges.
        std::vector<std::pair<std::uint64_t, std::uint32_t>> keys(edges.size());
        for (std::uint32_t i = 0; i < edges.size(); ++i) {
            const PartyEdge& e = edges[i];
            keys[i] = {std::uint64_t(e.from) << 36 | std::uint64_t(e.to) << 4 | std::uint64_t(e.kind), i};
        }
        sort_in_two_halves(keys, 2);
        std::vector<PartyEdge> sorted(edges.size());
        for (std::size_t i = 0; i < keys.size(); ++i) sorted[i] = edges[keys[i].second];
        edges = std::move(sorted);
    } else {
        std::sort(edges.begin(), edges.end(), order);
    }
    graph.edges = std::move(edges);
    return graph;
}

}  // namespace patlap
