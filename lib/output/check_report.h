#pragma once
// Rows of `patlap check`: severity, code, file, line, deal, patent, message.
#include "analysis/data_check.h"
#include "output/table.h"

namespace patlap {

// Keeps references to its arguments.
Table check_table(const Dataset& data, const CheckResult& result);

}  // namespace patlap
