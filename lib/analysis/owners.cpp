#include "analysis/owners.h"

#include "analysis/name_order.h"
#include "analysis/title_replay.h"

#include <algorithm>

namespace patlap {

OwnerList find_owners(const Dataset& data, const PatentHistory& history, const OwnerQuery& query) {
    OwnerList list;
    TitleReplay replay(data);
    for (PatentId patent = 0; patent < data.patents.size(); ++patent) {
        replay.reset();
        std::uint32_t applied = 0;
        for (std::uint32_t e = history.first_event(patent); e < history.first_event(patent + 1); ++e) {
            auto rows = history.event_rows(e);
            if (query.as_of && data.transfers[rows[0]].date > query.as_of) break;
            replay.apply(rows);
            ++applied;
        }
        if (applied == 0) continue;
        const auto& owners = replay.owners();
        if (query.party != StringPool::npos && !std::binary_search(owners.begin(), owners.end(), query.party)) continue;
        OwnerRecord record{patent, replay.owners_since(), replay.owners_deal(), 0, 0, 0, 0};
        record.owners = std::uint32_t(list.parties.size());
        list.parties.insert(list.parties.end(), owners.begin(), owners.end());
        record.liens = std::uint32_t(list.parties.size());
        list.parties.insert(list.parties.end(), replay.liens().begin(), replay.liens().end());
        record.licensees = std::uint32_t(list.parties.size());
        list.parties.insert(list.parties.end(), replay.licensees().begin(), replay.licensees().end());
        record.end = std::uint32_t(list.parties.size());
        list.records.push_back(record);
    }
    auto rank = patent_name_rank(data);
    std::sort(list.records.begin(), list.records.end(),
              [&](const OwnerRecord& a, const OwnerRecord& b) { return rank[a.patent] < rank[b.patent]; });
    return list;
}

std::vector<std::uint32_t> patents_held_by_party(const Dataset& data) {
    PatentHistory history(data);
    OwnerList owners = find_owners(data, history, {});
    std::vector<std::uint32_t> held(data.parties.size(), 0);
    for (const OwnerRecord& record : owners.records)
        for (PartyId party : owners.owners(record)) ++held[party];
    return held;
}

}  // namespace patlap
