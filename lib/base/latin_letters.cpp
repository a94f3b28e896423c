#include "base/latin_letters.h"

namespace patlap {
namespace {

// U+00C0 on: each letter's Unicode decomposition without its accents, upper-cased; letters that do not decompose
// (Æ, Ð, Ø, Þ, ß, Đ, Ħ, ı, Ĳ, Ł, Ŋ, Œ, Ŧ, ſ, ...) by their usual transliteration.
constexpr std::string_view ascii_of[] = {
    "A", "A", "A", "A", "A", "A", "AE", "C", "E", "E", "E", "E", "I", "I", "I", "I",  // U+00C0
    "D", "N", "O", "O", "O", "O", "O", "", "O", "U", "U", "U", "U", "Y", "TH", "SS",  // U+00D0
    "A", "A", "A", "A", "A", "A", "AE", "C", "E", "E", "E", "E", "I", "I", "I", "I",  // U+00E0
    "D", "N", "O", "O", "O", "O", "O", "", "O", "U", "U", "U", "U", "Y", "TH", "Y",  // U+00F0
    "A", "A", "A", "A", "A", "A", "C", "C", "C", "C", "C", "C", "C", "C", "D", "D",  // U+0100
    "D", "D", "E", "E", "E", "E", "E", "E", "E", "E", "E", "E", "G", "G", "G", "G",  // U+0110
    "G", "G", "G", "G", "H", "H", "H", "H", "I", "I", "I", "I", "I", "I", "I", "I",  // U+0120
    "I", "I", "IJ", "IJ", "J", "J", "K", "K", "K", "L", "L", "L", "L", "L", "L", "L",  // U+0130
    "L", "L", "L", "N", "N", "N", "N", "N", "N", "N", "N", "N", "O", "O", "O", "O",  // U+0140
    "O", "O", "OE", "OE", "R", "R", "R", "R", "R", "R", "S", "S", "S", "S", "S", "S",  // U+0150
    "S", "S", "T", "T", "T", "T", "T", "T", "U", "U", "U", "U", "U", "U", "U", "U",  // U+0160
    "U", "U", "U", "U", "W", "W", "Y", "Y", "Y", "Z", "Z", "Z", "Z", "Z", "Z", "S",  // U+0170
};
constexpr char32_t first = 0xC0;

}  // namespace

std::string_view latin_letter_as_ascii(char32_t code_point) {
    if (code_point < first || code_point >= first + std::size(ascii_of)) return {};
    return ascii_of[code_point - first];
}

}  // namespace patlap
