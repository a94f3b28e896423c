#pragma once
// Rows of `patlap stats`: one metric per row.
#include "analysis/dataset_stats.h"
#include "output/table.h"

namespace patlap {

// metric, value
Table stats_table(const DatasetStats& stats);

}  // namespace patlap
