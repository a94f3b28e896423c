#include "analysis/title_holders.h"

#include <algorithm>
#include <utility>

namespace patlap {

bool moves_title(TransferKind kind) {
    switch (kind) {
        case TransferKind::assignment:
        case TransferKind::employer:
        case TransferKind::merger:
        case TransferKind::name_change:
        case TransferKind::correction: return true;
        default: return false;
    }
}

std::vector<std::uint32_t> patents_held_by_party(const Dataset& data) {
    std::vector<Date> last_title_date(data.patents.size(), 0);
    for (const Transfer& t : data.transfers)
        if (moves_title(t.kind)) last_title_date[t.patent] = std::max(last_title_date[t.patent], t.date);

    // Most patents end with one holder: keep it per patent, and the rare co-holders apart.
    std::vector<PartyId> holder(data.patents.size(), StringPool::npos);
    std::vector<std::pair<PatentId, PartyId>> co_holders;
    for (const Transfer& t : data.transfers) {
        if (!moves_title(t.kind) || t.date != last_title_date[t.patent]) continue;
        if (holder[t.patent] == StringPool::npos) holder[t.patent] = t.to;
        else if (holder[t.patent] != t.to) co_holders.emplace_back(t.patent, t.to);
    }
    std::sort(co_holders.begin(), co_holders.end());
    co_holders.erase(std::unique(co_holders.begin(), co_holders.end()), co_holders.end());

    std::vector<std::uint32_t> held(data.parties.size(), 0);
    for (PartyId party : holder)
        if (party != StringPool::npos) ++held[party];
    for (const auto& [patent, party] : co_holders) ++held[party];
    return held;
}

}  // namespace patlap
