#include "output/party_list.h"

#include <algorithm>
#include <vector>

namespace patlap {

void join_party_names(const Dataset& data, std::span<const PartyId> parties, std::string& cell) {
    cell.clear();
    if (parties.size() == 1) {
        cell = data.party_name(parties[0]);
        return;
    }
    thread_local std::vector<std::pair<std::string_view, std::string_view>> names;
    names.clear();
    for (PartyId p : parties) names.emplace_back(data.party_name(p), data.party_key(p));
    std::sort(names.begin(), names.end());
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i) cell += party_separator;
        cell += names[i].first;
    }
}

}  // namespace patlap
