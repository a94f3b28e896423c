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
        case 4: return w == "CORP" || w == "GMBH" || w == "SARL" || w == "LTDA";
        case 6: return w == "KAISHA";
        case 7: return w == "LIMITED" || w == "COMPANY";
        case 11: return w == "CORPORATION";
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
        if (c == 0xC3 && i + 1 < name.size()) {  // Latin-1 supplement letters in UTF-8: upper-case à..þ
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
        ++word_start;
        std::string_view word(key.data() + word_start, key.size() - word_start);
        if (!is_legal_form_word(word)) break;
        if (word == "KAISHA") {  // KABUSHIKI KAISHA / GOSHI KAISHA / ... go as one form
            drop_last_word(key, word_start);
            std::size_t prev = key.rfind(' ');
            std::string_view before(key.data() + (prev == std::string::npos ? 0 : prev + 1),
                                    key.size() - (prev == std::string::npos ? 0 : prev + 1));
            if (prev != std::string::npos && (before == "KABUSHIKI" || before == "GOSHI" || before == "GOMEI" ||
                                              before == "YUGEN"))
                key.resize(prev);
            continue;
        }
        drop_last_word(key, word_start);
    }
    return true;
}

}  // namespace patlap
