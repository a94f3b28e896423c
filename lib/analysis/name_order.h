#pragma once
// Ranks of parties and patents by name. Ids follow the input's first-seen order; sorting by these ranks instead
// makes reports come out the same whatever order the rows were given in.
#include "model/dataset.h"

#include <cstdint>
#include <vector>

namespace patlap {

// Per patent: its position when patents are sorted by key.
std::vector<std::uint32_t> patent_name_rank(const Dataset& data);

// Per party: its position when parties are sorted by display name, then key.
std::vector<std::uint32_t> party_name_rank(const Dataset& data);

}  // namespace patlap
