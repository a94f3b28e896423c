#include "model/patent_number.h"

#include <array>

namespace patlap {
namespace {

bool is_letter(char c) { return c >= 'A' && c <= 'Z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool is_series_code(std::string_view s) {
    static constexpr std::array<std::string_view, 7> codes = {"D", "H", "T", "X", "RE", "PP", "AI"};
    for (auto code : codes)
        if (s == code) return true;
    return false;
}

// Splits the cleaned text as [country][series]digits[kind]; false when it does not read that way.
bool read_structured(std::string_view s, std::string& key) {
    std::size_t letters = 0;
    while (letters < s.size() && is_letter(s[letters])) ++letters;
    std::string_view lead = s.substr(0, letters);
    std::string_view country = "US", series;
    if (lead.empty()) {
    } else if (is_series_code(lead)) {
        series = lead;
    } else if (lead.size() == 2) {
        country = lead;
    } else if ((lead.size() == 3 || lead.size() == 4) && is_series_code(lead.substr(2))) {
        country = lead.substr(0, 2);
        series = lead.substr(2);
    } else {
        return false;
    }
    std::size_t pos = letters;
    while (pos < s.size() && s[pos] == '0') ++pos;
    std::size_t digits_begin = pos;
    while (pos < s.size() && is_digit(s[pos])) ++pos;
    if (pos == letters) return false;  // no digits at all
    std::string_view digits = pos == digits_begin ? std::string_view("0") : s.substr(digits_begin, pos - digits_begin);
    std::string_view kind = s.substr(pos);
    bool kind_ok = kind.empty() || (is_letter(kind[0]) && (kind.size() == 1 || (kind.size() == 2 && is_digit(kind[1]))));
    if (!kind_ok) return false;
    key.assign(country);
    key.append(series);
    key.append(digits);
    return true;
}

}  // namespace

bool is_plain_us_key(std::string_view text) {
    if (text.size() < 3 || text[0] != 'U' || text[1] != 'S' || text[2] < '1' || text[2] > '9') return false;
    for (std::size_t i = 3; i < text.size(); ++i)
        if (!is_digit(text[i])) return false;
    return true;
}

bool normalize_patent(std::string_view text, std::string& key) {
    if (is_plain_us_key(text)) {
        key.assign(text);
        return true;
    }
    char cleaned[128];
    std::size_t n = 0;
    std::string long_text;  // only for absurdly long values; never taken for real patent numbers
    for (char c : text) {
        if (c >= 'a' && c <= 'z') c = char(c - 'a' + 'A');
        if (!is_letter(c) && !is_digit(c)) continue;
        if (n < sizeof cleaned) cleaned[n] = c;
        else long_text.push_back(c);
        ++n;
    }
    if (n == 0) return false;
    if (n > sizeof cleaned) {
        key.assign(cleaned, sizeof cleaned);
        key += long_text;
        return true;
    }
    std::string_view s(cleaned, n);
    if (!read_structured(s, key)) key.assign(s);
    return true;
}

}  // namespace patlap
