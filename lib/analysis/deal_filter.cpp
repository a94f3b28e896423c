#include "analysis/deal_filter.h"

#include "analysis/party_lookup.h"

namespace patlap {

std::vector<DealId> find_deals(const Dataset& data, const std::vector<std::string>& names,
                               std::vector<std::string>& unmatched) {
    std::vector<DealId> found;
    for (const auto& name : names) {
        DealId deal = data.deals.find(name);
        if (deal == StringPool::npos) unmatched.push_back("no deal " + name + " in the data");
        else found.push_back(deal);
    }
    return found;
}

DealSelection select_deals(const Dataset& data, const DealFilter& filter) {
    DealSelection selection;
    std::size_t deal_count = data.deals.size();
    selection.selected.assign(deal_count, 1);

    if (!filter.parties.empty()) {
        std::vector<char> wanted(data.parties.size(), 0);
        for (const auto& name : filter.parties) {
            PartyMatch match = match_party(data, name);
            for (PartyId party : match.parties) wanted[party] = 1;
            std::string said = describe_match(data, "--party", name, match);
            if (match.how == PartyMatch::How::none) selection.unmatched.push_back(said);
            else if (!said.empty()) selection.notes.push_back(said);
        }
        for (DealId deal = 0; deal < deal_count; ++deal) {
            bool any = false;
            if (data.deal_patents_only) {
                for (PartyId party : data.deal_parties(deal)) any = any || wanted[party];
            } else {
                for (const Transfer& t : data.deal_transfers(deal))
                    if (wanted[t.from] || wanted[t.to]) {
                        any = true;
                        break;
                    }
            }
            if (!any) selection.selected[deal] = 0;
        }
    }
    for (DealId deal = 0; deal < deal_count; ++deal) {
        const DealInfo& info = data.deal_info[deal];
        if ((filter.kinds && !(info.kinds & filter.kinds)) || (info.kinds & filter.excluded_kinds) ||
            (filter.since && info.date < filter.since) || (filter.until && info.date > filter.until))
            selection.selected[deal] = 0;
    }
    return selection;
}

}  // namespace patlap
