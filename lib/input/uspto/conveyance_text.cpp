#include "input/uspto/conveyance_text.h"

#include <fmt/format.h>
#include <initializer_list>
#include <vector>

namespace patlap {
namespace {

bool is_letter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
char upper(char c) { return c >= 'a' && c <= 'z' ? char(c - 'a' + 'A') : c; }

// The text's words, upper-cased: runs of letters, with a hyphen between two letters kept inside the word.
std::vector<std::string> words_of(std::string_view text) {
    std::vector<std::string> words;
    std::string word;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (is_letter(c)) {
            word += upper(c);
        } else if (c == '-' && !word.empty() && i + 1 < text.size() && is_letter(text[i + 1])) {
            word += '-';
        } else if (!word.empty()) {
            words.push_back(std::move(word));
            word.clear();
        }
    }
    if (!word.empty()) words.push_back(std::move(word));
    return words;
}

// True when one of the words is one of `rule_words`; a rule word ending in "..." matches any word it begins.
bool has_word(const std::vector<std::string>& words, std::initializer_list<std::string_view> rule_words) {
    for (const std::string& word : words)
        for (std::string_view rule : rule_words) {
            if (rule.ends_with("...")) {
                if (std::string_view(word).starts_with(rule.substr(0, rule.size() - 3))) return true;
            } else if (word == rule) {
                return true;
            }
        }
    return false;
}

// True when the words hold `phrase` (words separated by single spaces) as consecutive words.
bool has_phrase(const std::vector<std::string>& words, std::string_view phrase) {
    std::vector<std::string> wanted = words_of(phrase);
    if (wanted.empty() || words.size() < wanted.size()) return false;
    for (std::size_t i = 0; i + wanted.size() <= words.size(); ++i) {
        std::size_t k = 0;
        while (k < wanted.size() && words[i + k] == wanted[k]) ++k;
        if (k == wanted.size()) return true;
    }
    return false;
}

// Skips spaces and the punctuation the USPTO puts between a label and its number (":", ",", "#", ".").
std::size_t skip_separators(std::string_view text, std::size_t i) {
    while (i < text.size() && (text[i] == ' ' || text[i] == ':' || text[i] == ',' || text[i] == '#' || text[i] == '.' ||
                               text[i] == '\t'))
        ++i;
    return i;
}

// Reads a run of digits at `i`; nullopt when there is none or it is too long.
std::optional<std::uint32_t> digits_at(std::string_view text, std::size_t& i) {
    std::size_t start = i;
    while (i < text.size() && is_digit(text[i])) ++i;
    return parse_record_number(text.substr(start, i - start));
}

bool label_at(std::string_view text, std::size_t i, std::string_view label) {
    if (i + label.size() > text.size()) return false;
    for (std::size_t k = 0; k < label.size(); ++k)
        if (upper(text[i + k]) != label[k]) return false;
    return true;
}

}  // namespace

std::string deal_id_of(ReelFrame place) { return fmt::format("{}/{:04}", place.reel, place.frame); }

std::optional<std::uint32_t> parse_record_number(std::string_view text) {
    if (text.empty() || text.size() > 9) return std::nullopt;
    std::uint32_t value = 0;
    for (char c : text) {
        if (!is_digit(c)) return std::nullopt;
        value = value * 10 + std::uint32_t(c - '0');
    }
    return value;
}

TransferKind kind_of_conveyance(std::string_view text) {
    std::vector<std::string> words = words_of(text);
    if (has_word(words, {"CORRECT...", "RE-RECORD...", "RERECORD..."})) return TransferKind::correction;
    if (has_phrase(words, "GOVERNMENT INTEREST")) return TransferKind::license;
    if (has_word(words, {"RELEASE...", "TERMINATION", "TERMINATE...", "DISCHARGE...", "SATISFACTION"}))
        return TransferKind::release;
    if (has_word(words, {"SECURITY", "MORTGAGE...", "COLLATERAL", "PLEDGE...", "LIEN", "LIENS"}))
        return TransferKind::security;
    if (has_word(words, {"EMPLOYEE", "EMPLOYEES", "EMPLOYMENT", "EMPLOYER"})) return TransferKind::employer;
    if (has_word(words, {"MERGER", "MERGERS", "MERGE", "MERGED"})) return TransferKind::merger;
    if (has_phrase(words, "CHANGE OF NAME") || has_phrase(words, "NAME CHANGE")) return TransferKind::name_change;
    if (has_word(words, {"LICENSE...", "LICENCE...", "LICENSING"})) return TransferKind::license;
    if (has_word(words, {"ASSIGNMENT", "ASSIGNMENTS", "ASSIGN", "ASSIGNS", "TRANSFER..."}) ||
        has_phrase(words, "NUNC PRO TUNC"))
        return TransferKind::assignment;
    return TransferKind::other;
}

std::optional<ReelFrame> reel_frame_named_in(std::string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (!label_at(text, i, "REEL")) continue;
        std::size_t p = i + 4;
        if (label_at(text, p, "/FRAME")) {  // REEL/FRAME 049111/0583, REEL/FRAME NO. 49107/0392
            p = skip_separators(text, p + 6);
            if (label_at(text, p, "NO")) p = skip_separators(text, p + 2);
            auto reel = digits_at(text, p);
            if (!reel || p >= text.size() || text[p] != '/') continue;
            ++p;
            auto frame = digits_at(text, p);
            if (frame) return ReelFrame{*reel, *frame};
            continue;
        }
        p = skip_separators(text, p);  // REEL: 047305 FRAME: 0442
        auto reel = digits_at(text, p);
        if (!reel) continue;
        p = skip_separators(text, p);
        if (p < text.size() && text[p] == '/') p = skip_separators(text, p + 1);  // REEL 048818/FRAME 0520
        if (!label_at(text, p, "FRAME")) continue;
        p = skip_separators(text, p + 5);
        auto frame = digits_at(text, p);
        if (frame) return ReelFrame{*reel, *frame};
    }
    return std::nullopt;
}

}  // namespace patlap
