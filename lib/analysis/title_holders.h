#pragma once
// Who holds each patent at the end of the data: the receiving parties of its last title-moving event.
// (A small, self-contained answer for `patlap parties`; an ownership-chain analysis would give the same.)
#include "model/dataset.h"

#include <span>
#include <vector>

namespace patlap {

// Assignments, employer assignments, mergers, name changes and corrections move title; liens, releases and
// licences do not.
bool moves_title(TransferKind kind);

class TitleHolders {
public:
    // The last event of a patent is its title-moving rows with the latest date, then the greatest deal
    // identifier (in byte order); its holders are the distinct `to` parties of those rows.
    explicit TitleHolders(const Dataset& data);

    // Empty for a patent no title-moving row names.
    std::span<const PartyId> of(PatentId patent) const {
        return {holders_.data() + first_[patent], count_[patent]};
    }

private:
    std::vector<std::uint32_t> first_;  // per patent: its holders are holders_[first_, first_ + count_)
    std::vector<std::uint32_t> count_;
    std::vector<PartyId> holders_;
};

}  // namespace patlap
