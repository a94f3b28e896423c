#pragma once
// Loads the input files into a Dataset: transfer CSV files (columns deal, date, kind, from, to, patent, matched by
// header name) and USPTO records.
#include "input/load_options.h"
#include "model/dataset.h"

#include <string>
#include <vector>

namespace patlap {

// Loads every input: transfer CSV files, USPTO assignment XML files, and Patent Assignment Dataset tables (a
// folder of them, or the table files), each told apart by its content (input_kind.h); `-` is standard input.
// Throws InputError naming the file and line of the first problem (unless skip_bad_rows covers it).
Dataset load_transfers(const std::vector<std::string>& paths, const LoadOptions& options);

}  // namespace patlap
