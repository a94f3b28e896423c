#include "analysis/party_lookup.h"

#include "analysis/party_suggestions.h"
#include "model/party_name.h"

#include <algorithm>
#include <fmt/format.h>

namespace patlap {
namespace {

std::vector<std::string_view> words_of(std::string_view key) {
    std::vector<std::string_view> words;
    for (std::size_t start = 0; start < key.size();) {
        std::size_t end = std::min(key.find(' ', start), key.size());
        words.push_back(key.substr(start, end - start));
        start = end + 1;
    }
    return words;
}

// How much `key` looks like `wanted`, from 0 to 1: the letters of the words they share (a word may differ from
// its match by an edit or two, as the merge suggestions allow), over the letters of all their words; or, for
// names spaced or spelt a little differently, the whole keys' likeness by edit distance.
double likeness(std::string_view wanted, const std::vector<std::string_view>& wanted_words, std::string_view key) {
    std::vector<std::string_view> words = words_of(key);
    double shared = 0, total = 0;
    for (std::string_view w : wanted_words) total += double(w.size());
    for (std::string_view w : words) total += double(w.size());
    std::vector<char> used(words.size(), 0);
    for (std::string_view w : wanted_words) {
        unsigned limit = w.size() >= 9 ? 2 : w.size() >= 5 ? 1 : 0;
        for (std::size_t i = 0; i < words.size(); ++i) {
            if (used[i]) continue;
            unsigned distance = limit ? bounded_edit_distance(w, words[i], limit) : (w == words[i] ? 0 : 1);
            if (distance > limit) continue;
            used[i] = 1;
            shared += 2.0 * double(std::min(w.size(), words[i].size())) * (1.0 - double(distance) / double(w.size()));
            break;
        }
    }
    double by_words = total > 0 ? shared / total : 0;
    std::size_t longer = std::max(wanted.size(), key.size());
    unsigned limit = unsigned(longer / 4);
    double by_letters = 0;
    if (limit > 0 && (key.size() > wanted.size() ? key.size() - wanted.size() : wanted.size() - key.size()) <= limit) {
        unsigned distance = bounded_edit_distance(wanted, key, limit);
        if (distance <= limit) by_letters = 1.0 - double(distance) / double(longer);
    }
    return std::max(by_words, by_letters);
}

// Whether `candidate` starts with the words of `key`, whole words: `GOLDMAN SACHS` is the start of GOLDMAN SACHS
// BANK USA, not of GOLDMAN SACHSEN.
bool starts_with_words(std::string_view candidate, std::string_view key) {
    return candidate.size() > key.size() && candidate.starts_with(key) && candidate[key.size()] == ' ';
}

void by_display_name(const Dataset& data, std::vector<PartyId>& parties) {
    std::sort(parties.begin(), parties.end(), [&](PartyId a, PartyId b) {
        return std::pair(data.party_name(a), data.party_key(a)) < std::pair(data.party_name(b), data.party_key(b));
    });
    parties.erase(std::unique(parties.begin(), parties.end()), parties.end());
}

}  // namespace

bool may_match(std::string_view name_key, std::string_view key) {
    return key == name_key || starts_with_words(key, name_key);
}

PartyId find_party(const Dataset& data, std::string_view name) {
    std::string key;
    if (!party_key(name, key)) return StringPool::npos;
    PartyId party = data.parties.find(key);
    if (party != StringPool::npos) return party;
    StringId former = data.former_keys.find(key);
    return former == StringPool::npos ? StringPool::npos : data.former_party[former];
}

PartyMatch match_party(const Dataset& data, std::string_view name) {
    PartyMatch match;
    std::string key;
    if (!party_key(name, key)) return match;
    if (PartyId party = find_party(data, name); party != StringPool::npos) {
        match.how = PartyMatch::How::exact;
        match.parties = {party};
        return match;
    }
    for (PartyId p = 0; p < data.parties.size(); ++p)
        if (starts_with_words(data.party_key(p), key)) match.parties.push_back(p);
    for (StringId f = 0; f < data.former_keys.size(); ++f)
        if (starts_with_words(data.former_keys.str(f), key)) match.parties.push_back(data.former_party[f]);
    if (!match.parties.empty()) {
        match.how = PartyMatch::How::prefix;
        by_display_name(data, match.parties);
        return match;
    }
    // No match: the closest keys, for the message.
    std::vector<std::string_view> wanted_words = words_of(key);
    std::vector<std::pair<double, PartyId>> scored;
    for (PartyId p = 0; p < data.parties.size(); ++p) {
        double score = likeness(key, wanted_words, data.party_key(p));
        if (score >= 0.5) scored.emplace_back(score, p);
    }
    std::sort(scored.begin(), scored.end(), [&](const auto& a, const auto& b) {
        if (a.first != b.first) return a.first > b.first;
        return data.party_name(a.second) < data.party_name(b.second);
    });
    for (std::size_t i = 0; i < scored.size() && i < 3; ++i) match.suggestions.push_back(scored[i].second);
    return match;
}

std::string describe_match(const Dataset& data, std::string_view option, std::string_view name,
                           const PartyMatch& match) {
    auto names = [&](const std::vector<PartyId>& parties, std::size_t most, std::string_view last_joint) {
        std::string out;
        std::size_t shown = std::min(parties.size(), most);
        for (std::size_t i = 0; i < shown; ++i) {
            if (i) out += i + 1 == shown && shown == parties.size() ? last_joint : "; ";
            out += data.party_name(parties[i]);
        }
        if (shown < parties.size()) out += fmt::format("; and {} more", parties.size() - shown);
        return out;
    };
    switch (match.how) {
        case PartyMatch::How::exact: return {};
        case PartyMatch::How::prefix:
            return fmt::format("{} \"{}\" is {} (the part{} whose name starts with its words)", option, name,
                               names(match.parties, 10, "; "), match.parties.size() == 1 ? "y" : "ies");
        case PartyMatch::How::none:
            if (match.suggestions.empty()) return fmt::format("no party \"{}\" in the data", name);
            return fmt::format("no party \"{}\" in the data; did you mean {}?", name, names(match.suggestions, 3, " or "));
    }
    return {};
}

}  // namespace patlap
