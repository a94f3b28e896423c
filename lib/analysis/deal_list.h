#pragma once
// The deals in the data, each summed up with its parties: what `patlap deals` lists.
#include "model/dataset.h"

#include <vector>

namespace patlap {

struct DealSummary {
    DealId deal;
    std::vector<PartyId> from;  // distinct, sorted by display name
    std::vector<PartyId> to;
};

// Selected deals (all when `selected` is empty), ordered by date, then identifier.
std::vector<DealId> list_deals(const Dataset& data, const std::vector<char>& selected);

DealSummary summarize_deal(const Dataset& data, DealId deal);

}  // namespace patlap
