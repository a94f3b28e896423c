#pragma once
// Rows of `patlap flows`: from, to, deals, patents, first_date, last_date.
#include "analysis/party_flows.h"
#include "output/table.h"

namespace patlap {

// Keeps references to its arguments.
Table flows_table(const Dataset& data, const std::vector<PartyFlow>& flows);

}  // namespace patlap
