#include "model/person_name.h"

#include "model/legal_forms.h"
#include "model/party_name.h"

#include <algorithm>
#include <iterator>
#include <string>

namespace patlap {
namespace {

// What an organisation calls itself that no inventor's name holds. Common surnames (LAW, STATE, ...) are left
// out: a name in `LAST, FIRST` form with them is a person.
constexpr std::string_view organisation_word_list[] = {
    "ACADEMY",      "ADMINISTRATION", "AGENCY",        "AGENT",         "ASSOCIATION",    "AUTHORITY",
    "BANK",         "BIOSCIENCES",    "BOARD",         "CAPITAL",       "CENTER",         "CENTRE",
    "CHEMICAL",     "CHEMICALS",      "CLINIC",        "COLLEGE",       "COMMISSION",     "COMMUNICATIONS",
    "COUNCIL",      "CREDIT",         "DEPARTMENT",    "ELECTRONICS",   "ENERGY",         "ENGINEERING",
    "ENTERPRISES",  "ESTATE",         "FINANCIAL",     "FONDATION",     "FOUNDATION",     "FUND",
    "GOVERNMENT",   "GROUP",          "HOLDING",       "HOLDINGS",      "HOSPITAL",       "INDUSTRIAL",
    "INDUSTRIES",   "INSTITUT",       "INSTITUTE",     "INSTITUTO",     "INTELLECTUAL",   "INTERNATIONAL",
    "INVESTMENTS",  "KAISHA",         "LABORATORIES",  "LABORATORY",    "LABS",           "LICENSING",
    "LLLP",         "MANUFACTURING",  "MINISTRY",      "MOTORS",        "NATIONAL",       "NETWORKS",
    "PARTNERS",     "PARTNERSHIP",    "PATENTS",       "PC",            "PHARMACEUTICALS", "PLLC",
    "PRODUCTS",     "PROPERTIES",     "REGENTS",       "REPUBLIC",      "RESEARCH",       "SCHOOL",
    "SCIENCES",     "SECRETARY",      "SERVICES",      "SOCIETY",       "SOFTWARE",       "SOLUTIONS",
    "STIFTUNG",     "SYSTEMS",        "TECHNOLOGIES",  "TECHNOLOGY",    "THERAPEUTICS",   "TRUST",
    "TRUSTEE",      "TRUSTEES",       "UNIVERSIDAD",   "UNIVERSIDADE",  "UNIVERSITA",     "UNIVERSITAT",
    "UNIVERSITE",   "UNIVERSITEIT",   "UNIVERSITY",    "VENTURES",
};
static_assert(std::is_sorted(std::begin(organisation_word_list), std::end(organisation_word_list)));

bool is_organisation_word(std::string_view word) {
    return std::binary_search(std::begin(organisation_word_list), std::end(organisation_word_list), word);
}

bool is_letter_or_digit(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c & 0x80);
}

// `LAST, FIRST`: a comma with a letter or digit somewhere before it and somewhere after it.
bool written_last_comma_first(std::string_view name) {
    std::size_t comma = name.find(',');
    if (comma == std::string_view::npos) return false;
    return std::any_of(name.begin(), name.begin() + std::ptrdiff_t(comma), is_letter_or_digit) &&
           std::any_of(name.begin() + std::ptrdiff_t(comma) + 1, name.end(), is_letter_or_digit);
}

}  // namespace

std::span<const std::string_view> organisation_words() { return organisation_word_list; }

bool looks_like_person(std::string_view name) {
    NameAndRole split = split_role(name);
    if (!split.role.empty()) return false;  // someone acting `AS AGENT` is an institution
    std::string words;
    if (!party_words(split.name, words)) return false;
    std::size_t count = 0;
    for (std::size_t start = 0; start <= words.size();) {
        std::size_t end = std::min(words.find(' ', start), words.size());
        std::string_view word = std::string_view(words).substr(start, end - start);
        if (std::any_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; })) return false;
        if (is_legal_form_word(word) || is_organisation_word(word)) return false;
        ++count;
        start = end + 1;
    }
    if (count < 2 || count > 6) return false;
    return written_last_comma_first(split.name) || count <= 3;
}

}  // namespace patlap
