#pragma once
// Several parties in one cell: display names sorted and joined with "; ".
#include "model/dataset.h"

#include <span>
#include <string>

namespace patlap {

void join_party_names(const Dataset& data, std::span<const PartyId> parties, std::string& cell);

}  // namespace patlap
