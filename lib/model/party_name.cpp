#include "model/party_name.h"


namespace patlap {
namespace {

bool is_ascii_letter_or_digit(unsigned char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

bool is_ascii_letter(unsigned char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

// Removes the last word of `key` (which has no trailing space) and the space before it.
void drop_last_word(std::string& key, std::size_t word_start) {
    key.resize(word_start == 0 ? 0 : word_start - 1);
}

// Legal forms of several words, stripped as one (before their last word could be taken alone).
constexpr std::string_view multi_word_forms[] = {
    "KABUSHIKI KAISHA", "GOSHI KAISHA", "GOMEI KAISHA", "YUGEN KAISHA", "PUBLIC LIMITED COMPANY",
    "LIMITED LIABILITY COMPANY", "LIMITED PARTNERSHIP", "SOCIETE ANONYME", "SOCIÉTÉ ANONYME", "SOCIETA PER AZIONI",
    "NAAMLOZE VENNOOTSCHAP", "BESLOTEN VENNOOTSCHAP",
};

// Where a multi-word legal form starts when `key` ends with one and has a word before it; npos otherwise.
std::size_t multi_word_form_at_end(std::string_view key) {
    for (std::string_view form : multi_word_forms) {
        if (key.size() < form.size() + 2 || key.substr(key.size() - form.size()) != form) continue;
        std::size_t start = key.size() - form.size();
        if (key[start - 1] == ' ') return start;
    }
    return std::string::npos;
}

}  // namespace

// Switching on the length first keeps this cheap: it runs for the last words of every new spelling.
bool is_legal_form_word(std::string_view w) {
    switch (w.size()) {
        case 2:
            return w == "CO" || w == "LP" || w == "OY" || w == "AB" || w == "AG" || w == "SA" || w == "NV" ||
                   w == "BV" || w == "KK" || w == "KG" || w == "SE" || w == "SL";
        case 3:
            return w == "INC" || w == "LTD" || w == "LLC" || w == "LLP" || w == "PLC" || w == "OYJ" || w == "SAS" ||
                   w == "SPA" || w == "SRL" || w == "PTY" || w == "PTE" || w == "BHD" || w == "ASA";
        case 4: return w == "CORP" || w == "GMBH" || w == "SARL" || w == "LTDA" || w == "PUBL";
        case 7: return w == "LIMITED" || w == "COMPANY";
        case 11: return w == "CORPORATION";
        case 9: return w == "AKTIEBOLAG";
        case 12: return w == "INCORPORATED" || w == "CORPORATIONS";
        case 18: return w == "AKTIENGESELLSCHAFT";
        default: return false;
    }
}

bool party_key(std::string_view name, std::string& key) {
    key.clear();
    bool pending_space = false;
    std::size_t segment_letters = 0;   // letters since the last space or joined period
    bool segment_is_initial = false;   // the segment so far is one lone letter
    for (std::size_t i = 0; i < name.size(); ++i) {
        auto c = static_cast<unsigned char>(name[i]);
        // Latin-1 supplement letters in UTF-8: upper-case à..þ. Only when a continuation byte follows: a lone 0xC3
        // before ASCII punctuation would otherwise carry that punctuation into the key.
        if (c == 0xC3 && i + 1 < name.size() && (static_cast<unsigned char>(name[i + 1]) & 0xC0) == 0x80) {
            auto next = static_cast<unsigned char>(name[i + 1]);
            if (next >= 0xA0 && next <= 0xBE && next != 0xB7) next = static_cast<unsigned char>(next - 0x20);
            if (pending_space && !key.empty()) key.push_back(' ');
            pending_space = false;
            key.push_back(char(c));
            key.push_back(char(next));
            ++i;
            segment_letters += 2;
            segment_is_initial = false;
            continue;
        }
        if (c >= 0x80 || is_ascii_letter_or_digit(c)) {
            if (pending_space && !key.empty()) key.push_back(' ');
            pending_space = false;
            key.push_back(c >= 'a' && c <= 'z' ? char(c - 'a' + 'A') : char(c));
            ++segment_letters;
            segment_is_initial = segment_letters == 1 && is_ascii_letter(c);
            continue;
        }
        if (c == '.' && segment_is_initial) {  // `U.S.` joins to `US`
            segment_letters = 0;
            segment_is_initial = false;
            continue;
        }
        if (c == '\'') continue;
        pending_space = true;
        segment_letters = 0;
        segment_is_initial = false;
    }
    if (key.empty()) return false;

    for (;;) {
        std::size_t word_start = key.rfind(' ');
        if (word_start == std::string::npos) break;  // one word left: keep it
        if (std::size_t form = multi_word_form_at_end(key); form != std::string::npos) {
            key.resize(form - 1);
            continue;
        }
        ++word_start;
        if (!is_legal_form_word(std::string_view(key).substr(word_start))) break;
        drop_last_word(key, word_start);
    }
    return true;
}

}  // namespace patlap
