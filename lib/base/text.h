#pragma once
// Small text helpers shared by the readers of CSV input.
#include "base/utf8.h"

#include <string>
#include <string_view>

namespace patlap {

// Without the spaces and tabs at either end.
inline std::string_view trim_blanks(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

// What party_key accepts as a name: some ASCII letter or digit, or any non-ASCII byte.
inline bool has_letter_or_digit(std::string_view s) {
    for (char ch : s) {
        auto c = static_cast<unsigned char>(ch);
        if (c >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) return true;
    }
    return false;
}

// With ASCII letters lower-cased (header names are matched this way).
inline std::string ascii_lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    return out;
}

// True for UTF-8 text without control characters other than tab: what a header row must be (a binary file read as
// CSV fails this on its first line).
inline bool looks_like_text(std::string_view s) {
    for (char c : s)
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t') return false;
    return is_valid_utf8(s);
}

}  // namespace patlap
