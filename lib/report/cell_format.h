#pragma once
// Writing numbers and dates into report cells without allocating: the cell's storage is reused row after row.
#include "model/date.h"

#include <cstdint>
#include <string>

namespace patlap {

void put_integer(std::string& cell, std::uint64_t value);
void put_decimal(std::string& cell, double value, int decimals);
// numerator / denominator with six decimals, rounded half up exactly (no floating point); 0 for 0 / 0.
void put_ratio(std::string& cell, std::uint64_t numerator, std::uint64_t denominator);
void put_date(std::string& cell, Date date);  // YYYY-MM-DD, or empty for no date
void append_date(std::string& out, Date date); // the same, appended to `out`

}  // namespace patlap
