#include "analysis/party_remap.h"

#include <algorithm>
#include <tuple>
#include <unordered_map>

namespace patlap {
namespace {

void remember_former_keys(Dataset& data, const PartyMapping& mapping) {
    for (PartyId& party : data.former_party) party = mapping.party_of[party];
    for (PartyId old = 0; old < data.parties.size(); ++old) {
        std::string_view key = data.parties.str(old);
        if (mapping.keys.find(key) == mapping.party_of[old]) continue;
        StringId former = data.former_keys.intern(key);
        if (former == data.former_party.size()) data.former_party.push_back(mapping.party_of[old]);
        else data.former_party[former] = mapping.party_of[old];
    }
}

// A given name wins; a party that merged with no other keeps its name; merged parties take their most frequent
// spelling, as on loading.
std::vector<StringId> choose_display_names(Dataset& data, const PartyMapping& mapping) {
    std::size_t count = mapping.keys.size();
    std::vector<std::uint32_t> sources(count, 0);
    std::vector<StringId> display(count, StringPool::npos);
    for (PartyId old = 0; old < mapping.party_of.size(); ++old) {
        PartyId party = mapping.party_of[old];
        if (++sources[party] == 1) display[party] = data.party_display[old];
    }
    for (PartyId party = 0; party < count; ++party)
        if (sources[party] > 1 || !mapping.names[party].empty()) display[party] = StringPool::npos;
    for (StringId spelling = 0; spelling < data.spellings.size(); ++spelling) {
        PartyId party = data.spelling_party[spelling];
        if (sources[party] < 2 || !mapping.names[party].empty()) continue;
        StringId& best = display[party];
        if (best == StringPool::npos || data.spelling_count[spelling] > data.spelling_count[best] ||
            (data.spelling_count[spelling] == data.spelling_count[best] &&
             data.spellings.str(spelling) < data.spellings.str(best)))
            best = spelling;
    }
    for (PartyId party = 0; party < count; ++party) {
        if (mapping.names[party].empty()) continue;
        StringId spelling = data.spellings.intern(mapping.names[party]);
        if (spelling == data.spelling_party.size()) {  // a name found in no row
            data.spelling_party.push_back(party);
            data.spelling_count.push_back(0);
        }
        display[party] = spelling;
    }
    return display;
}

void remap_transfers(Dataset& data, const std::vector<PartyId>& party_of) {
    auto same_row = [](const Transfer& a, const Transfer& b) {
        return std::tie(a.patent, a.from, a.to, a.kind, a.date) == std::tie(b.patent, b.from, b.to, b.kind, b.date);
    };
    std::size_t kept = 0;
    std::size_t deal_count = data.deal_begin.size() - 1;
    for (DealId deal = 0; deal < deal_count; ++deal) {
        auto first = data.transfers.begin() + data.deal_begin[deal];
        auto last = data.transfers.begin() + data.deal_begin[deal + 1];
        for (auto it = first; it != last; ++it) {
            it->from = party_of[it->from];
            it->to = party_of[it->to];
        }
        std::sort(first, last, precedes_in_deal);
        data.deal_begin[deal] = std::uint32_t(kept);
        const Transfer* previous = nullptr;
        for (auto it = first; it != last; ++it) {
            if (previous && same_row(*previous, *it)) continue;
            data.transfers[kept] = *it;
            previous = &data.transfers[kept++];
        }
    }
    data.deal_begin[deal_count] = std::uint32_t(kept);
    data.transfers.resize(kept);
}

// A dataset loaded with deal_patents_only: each deal's party list, mapped, sorted and made distinct again.
void remap_party_lists(Dataset& data, const std::vector<PartyId>& party_of) {
    std::size_t kept = 0, deal_count = data.party_list_begin.size() - 1;
    auto& lists = data.party_lists;
    for (DealId deal = 0; deal < deal_count; ++deal) {
        auto first = lists.begin() + data.party_list_begin[deal];
        auto last = lists.begin() + data.party_list_begin[deal + 1];
        auto to = lists.begin() + std::ptrdiff_t(kept);
        if (!data.party_sides.empty()) {  // two parties mapped to one: it is on the sides either was on
            std::vector<std::pair<PartyId, std::uint8_t>> sided;
            for (auto it = first; it != last; ++it)
                sided.emplace_back(party_of[*it], data.party_sides[std::size_t(it - lists.begin())]);
            std::sort(sided.begin(), sided.end());
            std::size_t out = kept;
            for (std::size_t i = 0; i < sided.size(); ++i) {
                if (i > 0 && sided[i].first == sided[i - 1].first) {
                    data.party_sides[out - 1] |= sided[i].second;
                    continue;
                }
                lists[out] = sided[i].first;
                data.party_sides[out++] = sided[i].second;
            }
            data.party_list_begin[deal] = std::uint32_t(kept);
            kept = out;
            continue;
        }
        for (auto it = first; it != last; ++it) *it = party_of[*it];
        std::sort(first, last);
        last = std::unique(first, last);
        if (to != first) std::copy(first, last, to);  // moving down, never onto itself
        data.party_list_begin[deal] = std::uint32_t(kept);
        kept += std::size_t(last - first);
    }
    data.party_list_begin[deal_count] = std::uint32_t(kept);
    lists.resize(kept);
    if (!data.party_sides.empty()) data.party_sides.resize(kept);
}

}  // namespace

void apply_party_mapping(Dataset& data, PartyMapping mapping) {
    mapping.names.resize(mapping.keys.size());
    remember_former_keys(data, mapping);
    for (PartyId& party : data.spelling_party) party = mapping.party_of[party];
    data.party_display = choose_display_names(data, mapping);
    if (data.deal_patents_only) remap_party_lists(data, mapping.party_of);
    else remap_transfers(data, mapping.party_of);
    data.parties = std::move(mapping.keys);
}

PartyMapping alias_mapping(const Dataset& data, const std::vector<PartyAlias>& aliases) {
    std::unordered_map<std::string_view, const PartyAlias*> by_key;
    for (const PartyAlias& alias : aliases) by_key.emplace(alias.name_key, &alias);
    PartyMapping mapping;
    mapping.party_of.resize(data.parties.size());
    for (PartyId party = 0; party < data.parties.size(); ++party) {
        auto alias = by_key.find(data.parties.str(party));
        PartyId to = mapping.keys.intern(alias == by_key.end() ? data.parties.str(party) : alias->second->party_key);
        if (to == mapping.names.size()) mapping.names.emplace_back();
        if (alias != by_key.end()) mapping.names[to] = alias->second->party;
        mapping.party_of[party] = to;
    }
    return mapping;
}

}  // namespace patlap
