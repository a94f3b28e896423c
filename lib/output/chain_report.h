#pragma once
// Rows of `patlap chain`: one per event of each patent, in order, with the title after it.
#include "analysis/chain_of_title.h"
#include "output/table.h"

namespace patlap {

// patent, seq, date, deal, kind, from, to, owner_after, liens_after, licensees_after, flag, basis. Keeps
// references to its arguments.
Table chain_table(const Dataset& data, const ChainOfTitle& chain);

}  // namespace patlap
