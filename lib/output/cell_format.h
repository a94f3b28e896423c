#pragma once
// Writing numbers, dates and kinds into report cells without allocating: the cell's storage is reused row after row, or
// the text goes straight into an output buffer (the write_* functions, for reports of millions of rows).
#include "model/date.h"
#include "model/transfer_kind.h"

#include <cstdint>
#include <string>

namespace patlap {

void put_integer(std::string& cell, std::uint64_t value);
void put_decimal(std::string& cell, double value, int decimals);
// numerator / denominator with six decimals, rounded half up exactly (no floating point); 0 for 0 / 0.
void put_ratio(std::string& cell, std::uint64_t numerator, std::uint64_t denominator);
void put_date(std::string& cell, Date date);  // YYYY-MM-DD, or empty for no date
void append_date(std::string& out, Date date); // the same, appended to `out`
inline constexpr std::string_view kind_separator = "; ";
void put_kinds(std::string& cell, KindSet kinds);  // in the order of the kind list, joined by kind_separator

// The same texts written at `out`, which has room for max_number_text bytes; each returns the end of the text.
constexpr std::size_t max_number_text = 32;
char* write_integer(char* out, std::uint64_t value);
char* write_ratio(char* out, std::uint64_t numerator, std::uint64_t denominator);
char* write_date(char* out, Date date);

}  // namespace patlap
