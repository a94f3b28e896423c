#pragma once
// The owner of record of each patent on a date: what `patlap owners` lists.
#include "model/patent_history.h"

#include <cstdint>
#include <span>
#include <vector>

namespace patlap {

struct OwnerRecord {
    PatentId patent;
    Date since;    // when the owners took title (0: no title-moving event yet, owners unknown)
    DealId deal;   // the deal that gave them title (npos when unknown)
    std::uint32_t owners, liens, licensees, end;  // their parties: OwnerList::parties[owners, liens), ...
};

struct OwnerList {
    std::vector<OwnerRecord> records;  // by patent key
    std::vector<PartyId> parties;

    std::span<const PartyId> owners(const OwnerRecord& r) const { return slice(r.owners, r.liens); }
    std::span<const PartyId> liens(const OwnerRecord& r) const { return slice(r.liens, r.licensees); }
    std::span<const PartyId> licensees(const OwnerRecord& r) const { return slice(r.licensees, r.end); }

private:
    std::span<const PartyId> slice(std::uint32_t a, std::uint32_t b) const { return {parties.data() + a, parties.data() + b}; }
};

struct OwnerQuery {
    Date as_of = 0;                   // events on or before this date (0: all)
    PartyId party = StringPool::npos; // only patents this party owns on that date (npos: every patent)
};

// One record per patent with at least one event on or before the date.
OwnerList find_owners(const Dataset& data, const PatentHistory& history, const OwnerQuery& query);

// Per party: how many patents it owns of record at the end of the data (co-owners each count the patent).
std::vector<std::uint32_t> patents_held_by_party(const Dataset& data);

}  // namespace patlap
