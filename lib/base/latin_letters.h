#pragma once
// The Latin letters of Unicode's Latin-1 Supplement and Latin Extended-A blocks (U+00C0 to U+017F: the accented
// letters of the European languages that company names are written in) as plain upper-case ASCII letters, so that
// `Société Générale` and `SOCIETE GENERALE` can be one party.
#include <string_view>

namespace patlap {

// The ASCII spelling of the letter at `code_point`: `É` and `é` give "E", `Ö` "O", `ß` "SS", `Æ` "AE", `Ø` "O",
// `Œ` "OE", `Þ` "TH", `Ł` "L". Empty for anything else (the signs `×` and `÷` included).
std::string_view latin_letter_as_ascii(char32_t code_point);

}  // namespace patlap
