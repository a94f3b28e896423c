#include "analysis/party_set.h"

#include <algorithm>
#include <iterator>

namespace patlap {

const std::vector<PartyId>& PartySet::sorted() const {
    if (hashed_ && dirty_) {
        items_.assign(members_.begin(), members_.end());
        std::sort(items_.begin(), items_.end());
        dirty_ = false;
    }
    return items_;
}

bool PartySet::contains(PartyId party) const {
    return hashed_ ? members_.count(party) > 0 : std::binary_search(items_.begin(), items_.end(), party);
}

bool PartySet::intersects(const std::vector<PartyId>& parties) const {
    if (hashed_) return std::any_of(parties.begin(), parties.end(), [&](PartyId p) { return members_.count(p) > 0; });
    auto i = items_.cbegin(), j = parties.cbegin();
    while (i != items_.cend() && j != parties.cend()) {
        if (*i == *j) return true;
        if (*i < *j) ++i;
        else ++j;
    }
    return false;
}

std::size_t PartySet::insert(const std::vector<PartyId>& parties) {
    if (parties.empty()) return 0;
    if (hashed_) {
        std::size_t added = 0;
        for (PartyId p : parties) added += members_.insert(p).second;
        dirty_ |= added > 0;
        return added;
    }
    scratch_.clear();
    std::set_union(items_.begin(), items_.end(), parties.begin(), parties.end(), std::back_inserter(scratch_));
    std::size_t added = scratch_.size() - items_.size();
    items_.swap(scratch_);
    if (items_.size() > large) hash_members();
    return added;
}

std::size_t PartySet::erase(const std::vector<PartyId>& parties) {
    if (parties.empty() || empty()) return 0;
    if (hashed_) {
        std::size_t removed = 0;
        for (PartyId p : parties) removed += members_.erase(p);
        dirty_ |= removed > 0;
        return removed;
    }
    scratch_.clear();
    std::set_difference(items_.begin(), items_.end(), parties.begin(), parties.end(), std::back_inserter(scratch_));
    std::size_t removed = items_.size() - scratch_.size();
    items_.swap(scratch_);
    return removed;
}

bool PartySet::equals(const std::vector<PartyId>& parties) const {
    if (size() != parties.size()) return false;
    if (!hashed_) return items_ == parties;
    return std::all_of(parties.begin(), parties.end(), [&](PartyId p) { return members_.count(p) > 0; });
}

bool PartySet::assign(const std::vector<PartyId>& parties) {
    if (equals(parties)) return false;
    clear();
    items_ = parties;
    if (items_.size() > large) hash_members();
    return true;
}

void PartySet::clear() {
    items_.clear();
    // Given back, not cleared: clearing keeps the buckets, and every later clear of a small set would sweep them.
    if (hashed_) std::unordered_set<PartyId>().swap(members_);
    hashed_ = false;
    dirty_ = false;
}

void PartySet::hash_members() {
    members_.clear();
    members_.insert(items_.begin(), items_.end());
    hashed_ = true;
    dirty_ = false;  // items_ is the sorted copy of members_ as it stands
}

}  // namespace patlap
