#pragma once
// UTF-8 checks: input text must be UTF-8 (a file in Latin-1 or another encoding is refused rather than giving
// party keys that silently differ), and JSON output replaces what is not.
#include <cstddef>
#include <string>
#include <string_view>

namespace patlap {

// Length of the valid UTF-8 sequence starting at s[i] (1 for ASCII), or 0 when the bytes there are not valid
// UTF-8: a stray continuation byte, a truncated sequence, an overlong form, a surrogate or a value past U+10FFFF.
std::size_t utf8_sequence_length(std::string_view s, std::size_t i);

// Where the first byte that is not valid UTF-8 is, or npos when all of `s` is valid.
std::size_t find_invalid_utf8(std::string_view s);

inline bool is_valid_utf8(std::string_view s) { return find_invalid_utf8(s) == std::string_view::npos; }

// What to tell the user about the invalid byte at `position` of a field: its value, where it is, and the fix.
std::string describe_invalid_utf8(std::string_view s, std::size_t position);

}  // namespace patlap
