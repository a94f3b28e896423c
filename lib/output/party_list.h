#pragma once
// Several parties in one cell: display names sorted and joined with "; " (an array in JSON: list_column).
#include "model/dataset.h"

#include <span>
#include <string>
#include <string_view>

namespace patlap {

inline constexpr std::string_view party_separator = "; ";

void join_party_names(const Dataset& data, std::span<const PartyId> parties, std::string& cell);

}  // namespace patlap
