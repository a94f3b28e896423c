#pragma once
// One party written many ways (`Nokia Corporation`, `NOKIA CORP.`, `Nokia Oyj`) gets one key (`NOKIA`).
#include <string>
#include <string_view>

namespace patlap {

// Writes the party's matching key into `key` (reusing its storage); returns false when the name has no letter or
// digit. The rule, step by step:
//  1. letters are upper-cased, and accented Latin letters (U+00C0 to U+017F) become their plain ASCII letters
//     (`É` -> `E`, `ß` -> `SS`, `Ø` -> `O`; see latin_letters.h); other UTF-8 text is kept as it is;
//  2. a period right after a lone letter is dropped, so initials join up: `U.S.` -> `US`, `L.L.C.` -> `LLC`;
//  3. apostrophes are dropped (`McDonald's` -> `MCDONALDS`); every other ASCII character that is not a letter
//     or digit becomes a space; runs of spaces collapse to one and the ends are trimmed;
//     then a role qualifier is cut off: from the first word AS that one of split_role's role words follows (with
//     IN ITS CAPACITY or SOLELY right before it), while a word remains;
//  4. legal-form words at the end (legal_forms.h) are stripped, repeatedly, while more than one word remains (so
//     `CO., LTD.` goes and a lone `COMPANY` stays); a legal form in the middle of a name stays.
bool party_key(std::string_view name, std::string& key);

// Steps 1 to 3 of party_key without the role cut: the name's words, upper case, accents folded, initials joined,
// one space between words. False when the name has no letter or digit.
bool party_words(std::string_view name, std::string& words);

// A party name split from its role qualifier: `BANK OF AMERICA, N.A., AS ADMINISTRATIVE AGENT` is the name
// `BANK OF AMERICA, N.A.` in the role `AS ADMINISTRATIVE AGENT`. The role starts at the word AS (after a space,
// comma or parenthesis) when a later word is a role word: AGENT(S), TRUSTEE(S), ADMINISTRATOR, REPRESENTATIVE,
// LENDER(S), NOMINEE, CUSTODIAN, BAILEE, COLLATERAL, SECURED, SUCCESSOR, ESCROW; `IN ITS CAPACITY` or `SOLELY`
// right before AS goes with the role. Commas, spaces and parentheses between the two are dropped. A name with
// no role (`NORSK HYDRO AS`, where AS is a legal form) comes back whole, with an empty role.
struct NameAndRole {
    std::string_view name, role;
};
NameAndRole split_role(std::string_view name);

}  // namespace patlap
