#include "analysis/name_order.h"

#include "model/name_rank.h"

#include <algorithm>

namespace patlap {

std::vector<std::uint32_t> patent_name_rank(const Dataset& data) {
    return rank_by_name(data.patents.size(), [&](PatentId p) { return data.patent_name(p); }).rank;
}

std::vector<std::uint32_t> party_name_rank(const Dataset& data) {
    // Display names can repeat across keys; the key breaks the tie. Keys are unique, so the order is total.
    auto by_key = rank_by_name(data.parties.size(), [&](PartyId p) { return data.party_key(p); }).rank;
    std::vector<std::uint32_t> order(data.parties.size());
    for (PartyId p = 0; p < order.size(); ++p) order[p] = p;
    std::sort(order.begin(), order.end(), [&](PartyId a, PartyId b) {
        return std::pair(data.party_name(a), by_key[a]) < std::pair(data.party_name(b), by_key[b]);
    });
    std::vector<std::uint32_t> rank(order.size());
    for (std::uint32_t r = 0; r < order.size(); ++r) rank[order[r]] = r;
    return rank;
}

}  // namespace patlap
