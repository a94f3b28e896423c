#pragma once
// One patent written many ways (`US 7,123,456 B2`, `us7123456`, `US-7123456-B2`) gets one key (`US7123456`).
#include <string>
#include <string_view>

namespace patlap {

// Writes the patent's key into `key` (reusing its storage) and returns false when the text has no letter or
// digit at all. The rule, step by step:
//  1. keep ASCII letters (upper-cased) and digits; drop everything else (spaces, commas, dots, dashes, slashes);
//  2. read [country][series]digits[kind]: country is two letters (US when absent); series is one of
//     D, H, T, X, RE, PP, AI (design, statutory registration, ..., reissue, plant); kind is one letter with an
//     optional digit (A1, B2, E, S, ...);
//  3. if that reading works the key is country + series + digits without leading zeros (the kind code is
//     dropped), otherwise the key is the text from step 1 as it is.
bool normalize_patent(std::string_view text, std::string& key);

// True when `text` is already its own key in the commonest form, US followed by digits with no leading zero:
// the loader then uses the text as it is.
bool is_plain_us_key(std::string_view text);

}  // namespace patlap
