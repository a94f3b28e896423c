#pragma once
// Rows of `patlap owners`: patent, owner, since, deal, liens, licensees.
#include "analysis/owners.h"
#include "output/table.h"

namespace patlap {

// Keeps references to its arguments.
Table owners_table(const Dataset& data, const OwnerList& owners);

}  // namespace patlap
