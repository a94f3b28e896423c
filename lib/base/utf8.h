#pragma once
// UTF-8 checks: input text must be UTF-8 (a file in Latin-1 or another encoding is refused rather than giving
// party keys that silently differ), and JSON output replaces what is not.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace patlap {

// Length of the valid UTF-8 sequence starting at s[i] (1 for ASCII), or 0 when the bytes there are not valid
// UTF-8: a stray continuation byte, a truncated sequence, an overlong form, a surrogate or a value past U+10FFFF.
std::size_t utf8_sequence_length(std::string_view s, std::size_t i);

// True when no byte has its high bit set. Inline, as it runs for four fields of every row: it reads eight bytes at
// a time (the last eight overlapping the rest) and decides with one test.
inline bool is_ascii(std::string_view s) {
    const char* p = s.data();
    std::size_t n = s.size();
    std::uint64_t bits = 0;
    if (n >= 8) {
        std::uint64_t word;
        for (std::size_t i = 0; i + 8 <= n; i += 8) {
            std::memcpy(&word, p + i, 8);
            bits |= word;
        }
        std::memcpy(&word, p + n - 8, 8);
        bits |= word;
    } else {
        for (std::size_t i = 0; i < n; ++i) bits |= static_cast<unsigned char>(p[i]);
    }
    return (bits & 0x8080808080808080u) == 0;
}

// find_invalid_utf8 for text that is not all ASCII.
std::size_t find_invalid_utf8_slow(std::string_view s);

// Where the first byte that is not valid UTF-8 is, or npos when all of `s` is valid.
inline std::size_t find_invalid_utf8(std::string_view s) {
    return is_ascii(s) ? std::string_view::npos : find_invalid_utf8_slow(s);
}

inline bool is_valid_utf8(std::string_view s) { return find_invalid_utf8(s) == std::string_view::npos; }

// What to tell the user about the invalid byte at `position` of a field: its value, where it is, and the fix.
std::string describe_invalid_utf8(std::string_view s, std::size_t position);

}  // namespace patlap
