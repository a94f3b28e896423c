#include "report/cell_format.h"

#include <fmt/format.h>

namespace patlap {

void put_integer(std::string& cell, std::uint64_t value) {
    fmt::format_int digits(value);
    cell.assign(digits.data(), digits.size());
}

void put_ratio(std::string& cell, std::uint64_t numerator, std::uint64_t denominator) {
    if (denominator == 0) {
        cell = "0.000000";
        return;
    }
    // numerator / denominator * 10^6, rounded half up, in exact integer arithmetic
    __extension__ using Wide = unsigned __int128;  // numerator * 2,000,000 overflows 64 bits
    Wide scaled = (Wide(numerator) * 2000000u + denominator) / (2u * denominator);
    auto millionths = std::uint64_t(scaled);
    fmt::format_int whole(millionths / 1000000);
    char fraction[7];
    std::uint64_t rest = millionths % 1000000;
    for (int i = 5; i >= 0; --i, rest /= 10) fraction[i] = char('0' + rest % 10);
    fraction[6] = '\0';
    cell.assign(whole.data(), whole.size());
    cell += '.';
    cell.append(fraction, 6);
}

void put_decimal(std::string& cell, double value, int decimals) {
    char digits[64];
    auto result = fmt::format_to_n(digits, sizeof digits, "{:.{}f}", value, decimals);
    cell.assign(digits, result.out);
}

void put_date(std::string& cell, Date date) {
    cell.clear();
    append_date(cell, date);
}

void append_date(std::string& out, Date date) {
    if (date == 0) return;
    char text[10] = {char('0' + date / 10000000), char('0' + date / 1000000 % 10), char('0' + date / 100000 % 10),
                     char('0' + date / 10000 % 10), '-', char('0' + date / 1000 % 10), char('0' + date / 100 % 10), '-',
                     char('0' + date / 10 % 10), char('0' + date % 10)};
    out.append(text, sizeof text);
}

}  // namespace patlap
