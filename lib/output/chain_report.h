#pragma once
// Rows of `patlap chain`: one per event of each patent, in order, with the title after it.
#include "model/patent_history.h"
#include "output/table.h"

#include <vector>

namespace patlap {

// patent, seq, date, deal, kind, from, to, owner_after, liens_after, licensees_after, flag. The title is replayed
// as rows are written, so --all costs one pass, not a copy of every state. Keeps references to its arguments.
Table chain_table(const Dataset& data, const PatentHistory& history, const std::vector<PatentId>& patents);

}  // namespace patlap
