#pragma once
// A set of parties that a title replay keeps per patent (owners, lien holders, licensees, who gave title): nearly
// always a handful, so a sorted vector; but one patent licensed to a hundred thousand parties must not cost a
// hundred thousand steps per licence. Past `large` members the set keeps a hash set beside the vector, takes its
// updates there, and sorts the vector again only when asked for it after a change.
#include "model/string_pool.h"

#include <cstddef>
#include <unordered_set>
#include <vector>

namespace patlap {

using PartyId = StringId;

class PartySet {
public:
    // The members, sorted by id.
    const std::vector<PartyId>& sorted() const;
    std::size_t size() const { return hashed_ ? members_.size() : items_.size(); }
    bool empty() const { return size() == 0; }
    bool contains(PartyId party) const;
    // Whether any of `parties` (sorted, distinct) is a member.
    bool intersects(const std::vector<PartyId>& parties) const;
    // Adds or takes out `parties` (sorted, distinct); returns how many were not / were members.
    std::size_t insert(const std::vector<PartyId>& parties);
    std::size_t erase(const std::vector<PartyId>& parties);
    // Makes the set `parties` (sorted, distinct); returns whether that changed it.
    bool assign(const std::vector<PartyId>& parties);
    bool equals(const std::vector<PartyId>& parties) const;
    void clear();

private:
    static constexpr std::size_t large = 64;
    void hash_members();

    mutable std::vector<PartyId> items_;  // sorted; while hashed_, a copy made on demand (stale when dirty_)
    std::unordered_set<PartyId> members_;
    std::vector<PartyId> scratch_;
    bool hashed_ = false;
    mutable bool dirty_ = false;
};

}  // namespace patlap
