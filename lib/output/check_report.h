#pragma once
// Rows of `patlap check`: severity, code, file, line, deal, patent, message; or one row per code and deal.
#include "analysis/data_check.h"
#include "output/table.h"

namespace patlap {

// Keeps references to its arguments.
Table check_table(const Dataset& data, const CheckResult& result);

// `check --by-deal`: severity, code, file, line, deal, patents, first_patent, message (the first problem's).
// Keeps references to its arguments.
Table check_by_deal_table(const Dataset& data, const CheckResult& result, const std::vector<DealProblems>& rows);

}  // namespace patlap
