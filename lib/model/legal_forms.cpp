#include "model/legal_forms.h"

#include <algorithm>
#include <iterator>

namespace patlap {
namespace {

constexpr std::string_view one_word_forms[] = {
    "AB",  "AG",   "AKTIEBOLAG", "AKTIENGESELLSCHAFT", "ASA", "BHD", "BV",  "CO",   "COMPANY", "CORP",
    "CORPORATION", "CORPORATIONS", "GMBH", "INC", "INCORPORATED", "KG", "KGAA", "KK", "LIMITED", "LLC", "LLP",
    "LP",  "LTD",  "LTDA",       "NV",                 "OY",  "OYJ", "PLC", "PTE",  "PTY",     "PUBL",
    "SA",  "SARL", "SAS",        "SE",                 "SL",  "SPA", "SRL",
};
static_assert(std::is_sorted(std::begin(one_word_forms), std::end(one_word_forms)));

constexpr std::string_view several_word_forms[] = {
    "KABUSHIKI KAISHA",  "GOSHI KAISHA",          "GOMEI KAISHA",          "YUGEN KAISHA",
    "PUBLIC LIMITED COMPANY", "LIMITED LIABILITY COMPANY", "LIMITED PARTNERSHIP", "SOCIETE ANONYME",
    "SOCIETA PER AZIONI", "NAAMLOZE VENNOOTSCHAP", "BESLOTEN VENNOOTSCHAP",
};

}  // namespace

std::span<const std::string_view> legal_form_words() { return one_word_forms; }

std::span<const std::string_view> multi_word_legal_forms() { return several_word_forms; }

bool is_legal_form_word(std::string_view word) {
    return std::binary_search(std::begin(one_word_forms), std::end(one_word_forms), word);
}

}  // namespace patlap
