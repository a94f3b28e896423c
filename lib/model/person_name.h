#pragma once
// Telling a natural person from a company by the name alone, as a USPTO assignment record writes it: an
// inventor is written `LAST, FIRST MIDDLE` (`WEINSTEIN, DAMON`, `DIETZ, ALBERT G, III`), a company with its legal
// form or what it is (`SOUNDBITE COMMUNICATIONS, INC.`, `NATIONAL CHIAO TUNG UNIVERSITY`).
#include <span>
#include <string_view>

namespace patlap {

// True when `name` reads as a person's: after its role qualifier is cut (split_role), it has two to six words,
// none with a digit, none a legal-form word (legal_forms.h) or an organisation word (organisation_words()), and
// it is written `LAST, FIRST` (a comma with a letter or digit on both sides) or, without a comma, has at most
// three words (`SVITLANA TYEKUCHEVA`).
bool looks_like_person(std::string_view name);

// Words that make a name an organisation's (UNIVERSITY, INSTITUTE, BANK, HOSPITAL, TECHNOLOGIES, ...), upper
// case, sorted.
std::span<const std::string_view> organisation_words();

}  // namespace patlap
