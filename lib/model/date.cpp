#include "model/date.h"

#include <fmt/format.h>

namespace patlap {
namespace {

bool is_leap_year(unsigned year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

unsigned days_in_month(unsigned year, unsigned month) {
    static constexpr unsigned days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && is_leap_year(year) ? 29 : days[month - 1];
}

bool read_digits(std::string_view text, std::size_t pos, std::size_t count, unsigned& value) {
    value = 0;
    for (std::size_t i = pos; i < pos + count; ++i) {
        if (text[i] < '0' || text[i] > '9') return false;
        value = value * 10 + unsigned(text[i] - '0');
    }
    return true;
}

}  // namespace

std::optional<Date> parse_date(std::string_view text) {
    unsigned year, month, day;
    if (text.size() == 10) {
        if (text[4] != '-' || text[7] != '-') return std::nullopt;
        if (!read_digits(text, 0, 4, year) || !read_digits(text, 5, 2, month) || !read_digits(text, 8, 2, day))
            return std::nullopt;
    } else if (text.size() == 8) {
        if (!read_digits(text, 0, 4, year) || !read_digits(text, 4, 2, month) || !read_digits(text, 6, 2, day))
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    if (year == 0 || month < 1 || month > 12 || day < 1 || day > days_in_month(year, month)) return std::nullopt;
    return year * 10000 + month * 100 + day;
}

std::string format_date(Date date) {
    if (date == 0) return {};
    return fmt::format("{:04}-{:02}-{:02}", date / 10000, date / 100 % 100, date % 100);
}

}  // namespace patlap
