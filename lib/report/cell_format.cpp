#include "report/cell_format.h"

#include <fmt/format.h>

namespace patlap {

void put_integer(std::string& cell, std::uint64_t value) {
    char digits[24];
    auto end = fmt::format_to(digits, "{}", value);
    cell.assign(digits, end);
}

void put_decimal(std::string& cell, double value, int decimals) {
    char digits[64];
    auto result = fmt::format_to_n(digits, sizeof digits, "{:.{}f}", value, decimals);
    cell.assign(digits, result.out);
}

void put_date(std::string& cell, Date date) {
    if (date == 0) {
        cell.clear();
        return;
    }
    char text[10] = {char('0' + date / 10000000), char('0' + date / 1000000 % 10), char('0' + date / 100000 % 10),
                     char('0' + date / 10000 % 10), '-', char('0' + date / 1000 % 10), char('0' + date / 100 % 10), '-',
                     char('0' + date / 10 % 10), char('0' + date % 10)};
    cell.assign(text, sizeof text);
}

}  // namespace patlap
