#include "analysis/name_order.h"

#include <algorithm>
#include <cstring>

namespace patlap {
namespace {

// The first 8 bytes of `s` as a big-endian number, so that comparing numbers compares the bytes.
std::uint64_t head_of(std::string_view s) {
    unsigned char bytes[8] = {};
    std::memcpy(bytes, s.data(), std::min<std::size_t>(8, s.size()));
    std::uint64_t head = 0;
    for (unsigned char b : bytes) head = head << 8 | b;
    return head;
}

// Sorts ids by an 8-byte head first (one integer compare for most pairs), then by the whole name.
template <class Name>
std::vector<std::uint32_t> rank_by(std::size_t count, Name name) {
    std::vector<std::pair<std::uint64_t, std::uint32_t>> order(count);
    for (std::uint32_t id = 0; id < count; ++id) order[id] = {head_of(name(id)), id};
    std::sort(order.begin(), order.end());
    for (std::size_t i = 0; i < count;) {
        std::size_t j = i + 1;
        while (j < count && order[j].first == order[i].first) ++j;
        if (j - i > 1)
            std::sort(order.begin() + std::ptrdiff_t(i), order.begin() + std::ptrdiff_t(j),
                      [&](const auto& a, const auto& b) { return name(a.second) < name(b.second); });
        i = j;
    }
    std::vector<std::uint32_t> rank(count);
    for (std::uint32_t r = 0; r < count; ++r) rank[order[r].second] = r;
    return rank;
}

}  // namespace

std::vector<std::uint32_t> patent_name_rank(const Dataset& data) {
    return rank_by(data.patents.size(), [&](PatentId p) { return data.patent_name(p); });
}

std::vector<std::uint32_t> party_name_rank(const Dataset& data) {
    // Display names can repeat across keys; the key breaks the tie. Keys are unique, so the order is total.
    auto by_key = rank_by(data.parties.size(), [&](PartyId p) { return data.party_key(p); });
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
