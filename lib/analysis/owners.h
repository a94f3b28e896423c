#pragma once
// The owner of record of each patent on a date: what `patlap owners` lists.
#include "analysis/title_replay.h"
#include "model/patent_history.h"

#include <cstdint>
#include <span>
#include <vector>

namespace patlap {

struct OwnerRecord {
    PatentId patent;
    Date since;    // when the owners took title, or were first inferred (0: no owner known)
    DealId deal;   // the deal that gave them title, or from which they are inferred (npos when unknown)
    std::uint32_t owners, liens, licensees, end;  // their parties: OwnerList::parties[owners, liens), ...
    OwnerBasis basis;  // what the owners rest on (title_replay.h)
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
    std::vector<PartyId> parties;     // only patents one of these parties owns on that date (none: every patent)
    std::vector<char> patents;        // per patent: only the marked ones (empty: every patent)
};

// One record per patent with at least one event on or before the date.
OwnerList find_owners(const Dataset& data, const PatentHistory& history, const OwnerQuery& query);

// Per party: how many patents it owns at the end of the data (co-owners each count the patent), and how many of
// those it owns only as far as the data knows (inferred from a lien or licence it granted).
struct PatentsHeld {
    std::vector<std::uint32_t> all, inferred;
};
PatentsHeld patents_held_by_party(const Dataset& data);

}  // namespace patlap
