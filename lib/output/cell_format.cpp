#include "output/cell_format.h"

#include <cstring>
#include <fmt/format.h>

namespace patlap {

char* write_integer(char* out, std::uint64_t value) {
    fmt::format_int digits(value);
    std::memcpy(out, digits.data(), digits.size());
    return out + digits.size();
}

char* write_ratio(char* out, std::uint64_t numerator, std::uint64_t denominator) {
    if (denominator == 0) {
        std::memcpy(out, "0.000000", 8);
        return out + 8;
    }
    // numerator / denominator * 10^6, rounded half up, in exact integer arithmetic; in 64 bits while they hold it
    // (a 128-bit division is a slow library call, and reports of millions of rows make one a row)
    std::uint64_t millionths;
    constexpr std::uint64_t fits = (UINT64_MAX / 2) / 2000000u;
    if (numerator <= fits && denominator <= fits) {
        millionths = (numerator * 2000000u + denominator) / (2u * denominator);
    } else {
        __extension__ using Wide = unsigned __int128;  // numerator * 2,000,000 overflows 64 bits
        millionths = std::uint64_t((Wide(numerator) * 2000000u + denominator) / (2 * Wide(denominator)));
    }
    out = write_integer(out, millionths / 1000000);
    *out++ = '.';
    std::uint64_t rest = millionths % 1000000;
    for (int i = 5; i >= 0; --i, rest /= 10) out[i] = char('0' + rest % 10);
    return out + 6;
}

char* write_date(char* out, Date date) {
    if (date == 0) return out;
    char text[10] = {char('0' + date / 10000000), char('0' + date / 1000000 % 10), char('0' + date / 100000 % 10),
                     char('0' + date / 10000 % 10), '-', char('0' + date / 1000 % 10), char('0' + date / 100 % 10), '-',
                     char('0' + date / 10 % 10), char('0' + date % 10)};
    std::memcpy(out, text, sizeof text);
    return out + sizeof text;
}

void put_integer(std::string& cell, std::uint64_t value) {
    char text[max_number_text];
    cell.assign(text, write_integer(text, value));
}

void put_ratio(std::string& cell, std::uint64_t numerator, std::uint64_t denominator) {
    char text[max_number_text];
    cell.assign(text, write_ratio(text, numerator, denominator));
}

void put_decimal(std::string& cell, double value, int decimals) {
    char digits[64];
    auto result = fmt::format_to_n(digits, sizeof digits, "{:.{}f}", value, decimals);
    cell.assign(digits, result.out);
}

void put_kinds(std::string& cell, KindSet kinds) {
    cell.clear();
    for (TransferKind kind : all_transfer_kinds()) {
        if (!(kinds & kind_bit(kind))) continue;
        if (!cell.empty()) cell += kind_separator;
        cell += kind_name(kind);
    }
}

void put_date(std::string& cell, Date date) {
    char text[max_number_text];
    cell.assign(text, write_date(text, date));
}

void append_date(std::string& out, Date date) {
    char text[max_number_text];
    out.append(text, write_date(text, date));
}

}  // namespace patlap
