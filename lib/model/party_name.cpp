#include "model/party_name.h"

#include "base/latin_letters.h"
#include "model/legal_forms.h"

#include <algorithm>
#include <vector>

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

// Where a multi-word legal form starts when `key` ends with one and has a word before it; npos otherwise.
std::size_t multi_word_form_at_end(std::string_view key) {
    for (std::string_view form : multi_word_legal_forms()) {
        if (key.size() < form.size() + 2 || key.substr(key.size() - form.size()) != form) continue;
        std::size_t start = key.size() - form.size();
        if (key[start - 1] == ' ') return start;
    }
    return std::string::npos;
}

// The code point of the two-byte UTF-8 sequence at name[i] (lead byte 0xC2 to 0xDF), or 0 when there is none.
char32_t two_byte_code_point(std::string_view name, std::size_t i) {
    auto lead = static_cast<unsigned char>(name[i]);
    if (lead < 0xC2 || lead > 0xDF || i + 1 >= name.size()) return 0;
    auto next = static_cast<unsigned char>(name[i + 1]);
    if ((next & 0xC0) != 0x80) return 0;
    return char32_t(lead & 0x1F) << 6 | char32_t(next & 0x3F);
}

bool equals_upper(std::string_view text, std::string_view upper_word) {
    return text.size() == upper_word.size() &&
           std::equal(text.begin(), text.end(), upper_word.begin(),
                      [](char a, char b) { return (a >= 'a' && a <= 'z' ? char(a - 'a' + 'A') : a) == b; });
}

// Words that make a trailing "AS ..." a role rather than part of the name.
bool is_role_word(std::string_view w) {
    constexpr std::string_view words[] = {"AGENT", "AGENTS", "TRUSTEE", "TRUSTEES", "ADMINISTRATOR", "REPRESENTATIVE",
                                          "LENDER", "LENDERS", "NOMINEE", "CUSTODIAN", "BAILEE", "COLLATERAL",
                                          "SECURED", "SUCCESSOR", "ESCROW"};
    return std::any_of(std::begin(words), std::end(words), [w](std::string_view role) { return equals_upper(w, role); });
}

bool is_word_char(char c) { return is_ascii_letter_or_digit(static_cast<unsigned char>(c)) || c == '-'; }

// True when `text` has, at or after `from`, a whole word that is a role word.
bool has_role_word(std::string_view text, std::size_t from) {
    for (std::size_t i = from; i < text.size();) {
        if (!is_word_char(text[i])) {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < text.size() && is_word_char(text[end])) ++end;
        if (is_role_word(text.substr(i, end - i))) return true;
        i = end;
    }
    return false;
}

// `text` without trailing spaces, commas, semicolons and opening parentheses.
std::string_view trim_name_end(std::string_view text) {
    while (!text.empty() && (text.back() == ' ' || text.back() == ',' || text.back() == ';' || text.back() == '(' ||
                             text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

// Cuts a role qualifier off a key (upper case, words between single spaces): from the first word AS that a role
// word follows, with IN ITS CAPACITY or SOLELY right before it, while a word remains. Working on the key's own
// words, not the name as written, keeps the key its own key whatever punctuation the name had.
void cut_role(std::string& key) {
    std::vector<std::size_t> starts;  // where each word starts
    for (std::size_t i = 0; i < key.size(); ++i)
        if (i == 0 || key[i - 1] == ' ') starts.push_back(i);
    auto word = [&](std::size_t w) {
        std::size_t end = w + 1 < starts.size() ? starts[w + 1] - 1 : key.size();
        return std::string_view(key).substr(starts[w], end - starts[w]);
    };
    for (std::size_t w = 1; w + 1 < starts.size(); ++w) {
        if (word(w) != "AS") continue;
        bool role = false;
        for (std::size_t later = w + 1; later < starts.size() && !role; ++later) role = is_role_word(word(later));
        if (!role) continue;
        std::size_t cut = w;
        if (cut >= 4 && word(cut - 3) == "IN" && word(cut - 2) == "ITS" && word(cut - 1) == "CAPACITY") cut -= 3;
        else if (cut >= 2 && word(cut - 1) == "SOLELY") cut -= 1;
        key.resize(starts[cut] - 1);
        return;
    }
}

}  // namespace

NameAndRole split_role(std::string_view name) {
    for (std::size_t i = 1; i + 3 < name.size(); ++i) {
        // the word AS, after a space, comma or parenthesis, before a space
        if (!equals_upper(name.substr(i, 2), "AS") || name[i + 2] != ' ') continue;
        char before = name[i - 1];
        if (before != ' ' && before != ',' && before != '(') continue;
        if (!has_role_word(name, i + 3)) continue;
        std::string_view head = trim_name_end(name.substr(0, i));
        // "..., IN ITS CAPACITY AS AGENT" and "..., SOLELY AS AGENT": those words belong to the role too
        for (std::string_view lead : {std::string_view("IN ITS CAPACITY"), std::string_view("SOLELY")}) {
            if (head.size() > lead.size() && equals_upper(head.substr(head.size() - lead.size()), lead) &&
                !is_word_char(head[head.size() - lead.size() - 1])) {
                head = trim_name_end(head.substr(0, head.size() - lead.size()));
                break;
            }
        }
        if (head.empty()) return {name, {}};
        std::string_view role = name.substr(i);
        while (!role.empty() && (role.back() == ' ' || role.back() == ')' || role.back() == ',' || role.back() == '.'))
            role.remove_suffix(1);
        return {head, role};
    }
    return {name, {}};
}

bool party_words(std::string_view name, std::string& key) {
    key.clear();
    bool pending_space = false;
    std::size_t segment_letters = 0;   // letters since the last space or joined period
    bool segment_is_initial = false;   // the segment so far is one lone letter
    for (std::size_t i = 0; i < name.size(); ++i) {
        auto c = static_cast<unsigned char>(name[i]);
        // An accented Latin letter (U+00C0 to U+017F) is its plain letter: `É` and `é` are `E`, `ß` is `SS`.
        if (std::string_view plain = latin_letter_as_ascii(two_byte_code_point(name, i)); !plain.empty()) {
            if (pending_space && !key.empty()) key.push_back(' ');
            pending_space = false;
            key.append(plain);
            ++i;
            segment_letters += plain.size();
            segment_is_initial = segment_letters == 1;
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
    return !key.empty();
}

bool party_key(std::string_view name, std::string& key) {
    if (!party_words(name, key)) return false;
    cut_role(key);

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
