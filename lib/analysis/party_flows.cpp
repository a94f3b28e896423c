#include "analysis/party_flows.h"

#include "analysis/name_order.h"

#include <algorithm>

namespace patlap {

std::vector<PartyFlow> party_flows(const Dataset& data, const PartyGraph& graph, const FlowsFilter& filter) {
    auto counts = [&](const Transfer& t) {
        return (!filter.kinds || (filter.kinds & kind_bit(t.kind))) &&
               (filter.parties.empty() || filter.parties[t.from] || filter.parties[t.to]) &&
               (!filter.since || t.date >= filter.since) && (!filter.until || t.date <= filter.until);
    };
    std::vector<PartyFlow> flows;
    struct Edge {
        PartyId to;
        DealId deal;
        PatentId patent;
        Date date;
    };
    std::vector<Edge> edges;
    std::vector<PatentId> patents;
    for (PartyId from = 0; from < graph.party_count(); ++from) {
        edges.clear();
        for (std::uint32_t row : graph.transfers_from(from)) {
            const Transfer& t = data.transfers[row];
            if (counts(t)) edges.push_back({t.to, t.deal, t.patent, t.date});
        }
        // Transfer order is by deal, so a stable sort by target leaves each target's edges in deal order.
        std::stable_sort(edges.begin(), edges.end(), [](const Edge& a, const Edge& b) { return a.to < b.to; });
        for (std::size_t i = 0; i < edges.size();) {
            PartyFlow flow{from, edges[i].to, 0, 0, edges[i].date, edges[i].date};
            patents.clear();
            std::size_t j = i;
            for (; j < edges.size() && edges[j].to == flow.to; ++j) {
                if (j == i || edges[j].deal != edges[j - 1].deal) ++flow.deals;
                patents.push_back(edges[j].patent);
                flow.first_date = std::min(flow.first_date, edges[j].date);
                flow.last_date = std::max(flow.last_date, edges[j].date);
            }
            std::sort(patents.begin(), patents.end());
            flow.patents = std::uint32_t(std::unique(patents.begin(), patents.end()) - patents.begin());
            flows.push_back(flow);
            i = j;
        }
    }
    auto rank = party_name_rank(data);
    std::sort(flows.begin(), flows.end(), [&](const PartyFlow& a, const PartyFlow& b) {
        return std::pair(rank[a.from], rank[a.to]) < std::pair(rank[b.from], rank[b.to]);
    });
    return flows;
}

}  // namespace patlap
