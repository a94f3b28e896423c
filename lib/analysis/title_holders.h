#pragma once
// Who holds each patent at the end of the data, in the simplest reading of the records: the `to` parties of the
// patent's last title-moving row. A full chain of title (gaps, conflicts, liens) is not attempted here.
#include "model/dataset.h"

#include <cstdint>
#include <vector>

namespace patlap {

// Assignments, employer assignments, mergers, name changes and corrections move title to `to`; liens, releases,
// licences and other rows do not.
bool moves_title(TransferKind kind);

// Per party: how many patents it holds, that is, patents whose latest title-moving row (by date) names it as
// `to`. When several title-moving rows share that latest date, each of their `to` parties counts the patent.
std::vector<std::uint32_t> patents_held_by_party(const Dataset& data);

}  // namespace patlap
