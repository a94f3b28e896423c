#include "analysis/deal_list.h"

#include <algorithm>

namespace patlap {
namespace {

void sort_unique_by_name(const Dataset& data, std::vector<PartyId>& parties) {
    std::sort(parties.begin(), parties.end());
    parties.erase(std::unique(parties.begin(), parties.end()), parties.end());
    std::sort(parties.begin(), parties.end(), [&](PartyId a, PartyId b) {
        return std::pair(data.party_name(a), a) < std::pair(data.party_name(b), b);
    });
}

}  // namespace

std::vector<DealId> list_deals(const Dataset& data, const std::vector<char>& selected) {
    std::vector<DealId> deals;
    for (DealId d = 0; d < data.deals.size(); ++d)
        if (selected.empty() || selected[d]) deals.push_back(d);
    const auto& rank = data.deal_name_rank();
    std::sort(deals.begin(), deals.end(), [&](DealId a, DealId b) {
        return std::pair(data.deal_info[a].date, rank[a]) < std::pair(data.deal_info[b].date, rank[b]);
    });
    return deals;
}

DealSummary summarize_deal(const Dataset& data, DealId deal) {
    DealSummary summary{deal, {}, {}};
    for (const Transfer& t : data.deal_transfers(deal)) {
        summary.from.push_back(t.from);
        summary.to.push_back(t.to);
    }
    sort_unique_by_name(data, summary.from);
    sort_unique_by_name(data, summary.to);
    return summary;
}

}  // namespace patlap
