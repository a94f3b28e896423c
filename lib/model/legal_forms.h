#pragma once
// The legal-form words that a party key strips from the end of a name (party_name.h): the data the rule reads,
// listed once, so the code, the manual and the tests cannot disagree about them.
#include <span>
#include <string_view>

namespace patlap {

// One-word forms (CORP, INC, LTD, GMBH, OYJ, AKTIEBOLAG, ...), upper case, sorted.
std::span<const std::string_view> legal_form_words();

// Forms of several words, stripped as one (KABUSHIKI KAISHA, PUBLIC LIMITED COMPANY, ...), upper case, one space
// between words.
std::span<const std::string_view> multi_word_legal_forms();

// True for a word of legal_form_words() (upper case, as a key has it).
bool is_legal_form_word(std::string_view word);

}  // namespace patlap
