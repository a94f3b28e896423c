#include "base/utf8.h"

#include <cstdint>
#include <cstring>
#include <fmt/format.h>

namespace patlap {

std::size_t utf8_sequence_length(std::string_view s, std::size_t i) {
    auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    unsigned char c = byte(i);
    std::size_t length = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (length == 0 || i + length > s.size()) return 0;
    for (std::size_t k = 1; k < length; ++k)
        if ((byte(i + k) & 0xC0) != 0x80) return 0;
    if (length == 2 && c < 0xC2) return 0;                                   // overlong
    if (length == 3 && c == 0xE0 && byte(i + 1) < 0xA0) return 0;           // overlong
    if (length == 3 && c == 0xED && byte(i + 1) >= 0xA0) return 0;          // surrogate
    if (length == 4 && (c > 0xF4 || (c == 0xF0 && byte(i + 1) < 0x90) || (c == 0xF4 && byte(i + 1) >= 0x90)))
        return 0;
    return length;
}

std::size_t find_invalid_utf8_slow(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        // Most text is ASCII: pass it eight bytes at a time.
        while (s.size() - i >= 8) {
            std::uint64_t word;
            std::memcpy(&word, s.data() + i, 8);
            if (word & 0x8080808080808080u) break;
            i += 8;
        }
        if (i == s.size()) break;
        if (static_cast<unsigned char>(s[i]) < 0x80) {
            ++i;
            continue;
        }
        std::size_t length = utf8_sequence_length(s, i);
        if (length == 0) return i;
        i += length;
    }
    return std::string_view::npos;
}

std::string describe_invalid_utf8(std::string_view s, std::size_t position) {
    return fmt::format("byte {} (0x{:02X}) is not UTF-8; convert the file to UTF-8 first (from Latin-1: "
                       "iconv -f latin1 -t utf-8)",
                       position + 1, static_cast<unsigned char>(s[position]));
}

}  // namespace patlap
