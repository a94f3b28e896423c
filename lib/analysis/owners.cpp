#include "analysis/owners.h"

#include "analysis/name_order.h"
#include "analysis/title_replay.h"

#include <algorithm>

namespace patlap {

namespace {

// Replays the title of every patent up to `as_of` (0: all events) and hands each patent with at least one event
// to `visit(patent, replay)`.
template <class Visit>
void replay_every_patent(const Dataset& data, const PatentHistory& history, Date as_of, Visit visit) {
    TitleReplay replay(data);
    for (PatentId patent = 0; patent < data.patents.size(); ++patent) {
        replay.reset();
        std::uint32_t applied = 0;
        for (std::uint32_t e = history.first_event(patent); e < history.first_event(patent + 1); ++e) {
            auto rows = history.event_rows(e);
            if (as_of && data.transfers[rows[0]].date > as_of) break;
            replay.apply(rows);
            ++applied;
        }
        if (applied) visit(patent, replay);
    }
}

}  // namespace

OwnerList find_owners(const Dataset& data, const PatentHistory& history, const OwnerQuery& query) {
    OwnerList list;
    replay_every_patent(data, history, query.as_of, [&](PatentId patent, const TitleReplay& replay) {
        if (!query.patents.empty() && !query.patents[patent]) return;
        const auto& owners = replay.owners();
        if (!query.parties.empty() && std::none_of(query.parties.begin(), query.parties.end(), [&](PartyId p) {
                return std::binary_search(owners.begin(), owners.end(), p);
            }))
            return;
        OwnerRecord record{patent, replay.owners_since(), replay.owners_deal(), 0, 0, 0, 0, replay.basis()};
        record.owners = std::uint32_t(list.parties.size());
        list.parties.insert(list.parties.end(), owners.begin(), owners.end());
        record.liens = std::uint32_t(list.parties.size());
        list.parties.insert(list.parties.end(), replay.liens().begin(), replay.liens().end());
        record.licensees = std::uint32_t(list.parties.size());
        list.parties.insert(list.parties.end(), replay.licensees().begin(), replay.licensees().end());
        record.end = std::uint32_t(list.parties.size());
        list.records.push_back(record);
    });
    auto rank = patent_name_rank(data);
    std::sort(list.records.begin(), list.records.end(),
              [&](const OwnerRecord& a, const OwnerRecord& b) { return rank[a.patent] < rank[b.patent]; });
    return list;
}

PatentsHeld patents_held_by_party(const Dataset& data) {
    PatentsHeld held{std::vector<std::uint32_t>(data.parties.size(), 0), std::vector<std::uint32_t>(data.parties.size(), 0)};
    replay_every_patent(data, PatentHistory(data), 0, [&](PatentId, const TitleReplay& replay) {
        bool inferred = replay.basis() != OwnerBasis::recorded;
        for (PartyId party : replay.owners()) {
            ++held.all[party];
            if (inferred) ++held.inferred[party];
        }
    });
    return held;
}

}  // namespace patlap
