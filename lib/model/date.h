#pragma once
// Calendar dates stored as the integer YYYYMMDD: compact, and ordered like the dates themselves.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace patlap {

using Date = std::uint32_t;  // YYYYMMDD; 0 means "no date"

// Accepts YYYY-MM-DD or YYYYMMDD naming a real calendar day (2019-02-30 is rejected). YYYY-MM-DD may carry a
// time of day, as exports write dates: `2019-01-01T00:00:00Z`, `2019-01-01 00:00:00`, `2019-01-01T09:30+02:00`;
// the day is the one written (a zone moves no day), and the time must be a real one.
std::optional<Date> parse_date(std::string_view text);

std::string format_date(Date date);  // "YYYY-MM-DD", or "" for 0
// Days since 1970-01-01 (negative before), for counting the days between two dates.
std::int64_t day_number(Date date);

}  // namespace patlap
