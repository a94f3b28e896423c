#include "analysis/row_filter.h"

#include "model/dataset.h"
#include "model/party_name.h"

namespace patlap {

RowFilter::RowFilter(const RowFilterSpec& spec) : kinds_(spec.kinds) {
    to_.option = "--to";
    to_.candidate_bit = 2;
    to_.names = spec.to;
    from_.option = "--from";
    from_.candidate_bit = 4;
    from_.names = spec.from;
    for (Side* side : {&to_, &from_})
        for (const auto& name : side->names) {
            std::string key;
            party_key(name, key);  // a name with no letter or digit keeps the empty key, which no party has
            side->keys.push_back(std::move(key));
        }
}

std::uint8_t RowFilter::candidacy(const Dataset& data, PartyId party) {
    if (party >= candidacy_.size()) candidacy_.resize(data.parties.size(), 0);
    std::uint8_t& bits = candidacy_[party];
    if (bits) return bits;
    bits = seen_bit;
    for (const Side* side : {&to_, &from_})
        for (const auto& key : side->keys)
            if (may_match(key, data.party_key(party))) bits |= side->candidate_bit;
    return bits;
}

bool RowFilter::may_count(const Dataset& data, const Transfer& row) {
    if (!kind_counts(row.kind)) return false;
    if (!to_.names.empty() && !(candidacy(data, row.to) & to_.candidate_bit)) return false;
    return from_.names.empty() || (candidacy(data, row.from) & from_.candidate_bit);
}

void RowFilter::resolve(const Dataset& data) {
    if (resolved_) return;
    resolved_ = true;
    for (Side* side : {&to_, &from_}) {
        side->marks.assign(data.parties.size(), 0);
        for (const auto& name : side->names) {
            PartyMatch match = match_party(data, name);
            for (PartyId party : match.parties) side->marks[party] = 1;
            matches_.push_back({side->option, name, std::move(match)});
        }
    }
}

bool RowFilter::counts(const Dataset& data, const Transfer& row) {
    resolve(data);
    return kind_counts(row.kind) && (to_.names.empty() || to_.marks[row.to]) &&
           (from_.names.empty() || from_.marks[row.from]);
}

const std::vector<RowFilter::NameMatch>& RowFilter::matches(const Dataset& data) {
    resolve(data);
    return matches_;
}

void leave_out_deals_without_rows(const Dataset& data, std::vector<char>& selected) {
    if (selected.empty()) selected.assign(data.deals.size(), 1);
    for (DealId deal = 0; deal < data.deals.size(); ++deal)
        if (data.deal_info[deal].patents == 0) selected[deal] = 0;
}

}  // namespace patlap
