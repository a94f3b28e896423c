#pragma once
// Rows of `patlap flow`: one per patent with its path, or with --summary one per distinct path.
#include "analysis/flow.h"
#include "output/table.h"

namespace patlap {

// patent, path, first_date, last_date, deals; path like "Nokia > Microsoft > Xiaomi", deals likewise. Keeps
// references to its arguments.
Table flow_table(const Dataset& data, const FlowResult& flows);

// path, patents, first_date, last_date.
Table flow_summary_table(const Dataset& data, const std::vector<FlowRoute>& routes);

}  // namespace patlap
