#include "analysis/deal_clusters.h"

#include <algorithm>
#include <boost/pending/disjoint_sets.hpp>
#include <boost/property_map/property_map.hpp>
#include <numeric>
#include <tuple>

namespace patlap {
namespace {

// Per vertex (deals, then patents): its component, numbered from 0; npos for deals left out and for patents that
// no deal left in holds. The graph is bipartite: two deals are in one component when a chain of shared patents
// links them, so joining the deals of each patent in a disjoint-set forest over the deals (Boost's, as
// boost::incremental_components uses) finds the same components as a search of the whole graph, in a fraction of
// the time; a patent is in its deals' component.
std::vector<std::uint32_t> components(const DealPatentGraph& graph, const std::vector<char>& selected,
                                      std::uint32_t& count) {
    const auto deal_count = std::uint32_t(graph.deal_count()), patent_count = std::uint32_t(graph.patent_count());
    // Property maps over vectors (not raw pointers, whose get() other Boost headers can hide from these templates).
    std::vector<std::uint32_t> rank(deal_count, 0), parent(deal_count);
    using Map = boost::iterator_property_map<std::vector<std::uint32_t>::iterator,
                                             boost::typed_identity_property_map<std::uint32_t>>;
    boost::disjoint_sets<Map, Map> sets(Map(rank.begin()), Map(parent.begin()));
    for (DealId deal = 0; deal < deal_count; ++deal) sets.make_set(deal);
    auto in = [&](DealId deal) { return selected.empty() || selected[deal]; };
    std::vector<DealId> first_in(patent_count, StringPool::npos);  // per patent: its first deal left in
    for (PatentId patent = 0; patent < patent_count; ++patent)
        for (DealId deal : graph.deals_of(patent)) {
            if (!in(deal)) continue;
            if (first_in[patent] == StringPool::npos) first_in[patent] = deal;
            else sets.union_set(first_in[patent], deal);
        }
    std::vector<std::uint32_t> component(deal_count + patent_count, StringPool::npos);
    std::vector<std::uint32_t> number(deal_count, StringPool::npos);  // per root deal
    count = 0;
    for (DealId deal = 0; deal < deal_count; ++deal) {
        if (!in(deal)) continue;
        DealId root = sets.find_set(deal);
        if (number[root] == StringPool::npos) number[root] = count++;
        component[deal] = number[root];
    }
    for (PatentId patent = 0; patent < patent_count; ++patent)
        if (first_in[patent] != StringPool::npos) component[deal_count + patent] = component[first_in[patent]];
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
    for (std::size_t v = deal_count; v < component.size(); ++v)
        if (component[v] != StringPool::npos) ++all[component[v]].patents;

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
            if (data.deal_patents_only && first_of[c + 1] - first_of[c] == 1) {  // a deal's list is distinct already
                all[c].parties = std::uint32_t(data.deal_parties(by_component[i]).size());
                continue;
            }
            if (data.deal_patents_only) {
                for (PartyId party : data.deal_parties(by_component[i])) count_party(c, party);
                continue;
            }
            for (const Transfer& t : data.deal_transfers(by_component[i])) {
                count_party(c, t.from);
                count_party(c, t.to);
            }
        }

    // Most deals first, then most patents, earliest first date, largest deal's name: one 128-bit integer per
    // cluster (32 + 32 + 27 + 32 bits; dates are below 2^27), which ends in a name rank and so names its cluster.
    __extension__ using Key = unsigned __int128;
    std::vector<Key> keys;
    for (std::uint32_t c = 0; c < count; ++c) {
        const DealCluster& cluster = all[c];
        if (cluster.deals == 0 || cluster.deals < min_deals) continue;
        keys.push_back(Key(~cluster.deals) << 91 | Key(~cluster.patents) << 59 | Key(cluster.first_date) << 32 |
                       rank[cluster.largest_deal]);
    }
    std::sort(keys.begin(), keys.end());
    const auto& deal_of_rank = data.deals_by_name();
    std::vector<std::uint32_t> order(keys.size());
    for (std::size_t i = 0; i < keys.size(); ++i) order[i] = component[deal_of_rank[std::uint32_t(keys[i])]];

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
