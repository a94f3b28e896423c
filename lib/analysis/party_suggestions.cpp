#include "analysis/party_suggestions.h"

#include "base/edit_distance.h"
#include "base/worker.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <numeric>
#include <thread>

namespace patlap {
namespace {

// The words of every party key, as ids into one pool, with how many keys hold each word.
struct KeyWords {
    StringPool words;
    std::vector<std::uint32_t> begin;  // words of party p: ids[begin[p], begin[p + 1])
    std::vector<StringId> ids;
    std::vector<std::uint32_t> holders;  // per word: keys holding it
    std::vector<double> weight;          // per word: log(1 + parties / holders)

    explicit KeyWords(const Dataset& data) : begin(data.parties.size() + 1, 0) {
        std::vector<PartyId> last_holder;
        for (PartyId party = 0; party < data.parties.size(); ++party) {
            std::string_view key = data.party_key(party);
            for (std::size_t start = 0; start < key.size();) {
                std::size_t end = std::min(key.find(' ', start), key.size());
                StringId word = words.intern(key.substr(start, end - start));
                if (word == holders.size()) {
                    holders.push_back(0);
                    last_holder.push_back(StringPool::npos);
                }
                if (last_holder[word] != party) {
                    last_holder[word] = party;
                    ++holders[word];
                }
                ids.push_back(word);
                start = end + 1;
            }
            begin[party + 1] = std::uint32_t(ids.size());
        }
        weight.resize(holders.size());
        for (StringId word = 0; word < holders.size(); ++word)
            weight[word] = std::log(1.0 + double(data.parties.size()) / holders[word]);
    }
    std::span<const StringId> of(PartyId party) const { return {ids.data() + begin[party], ids.data() + begin[party + 1]}; }
};

std::string without_spaces(std::string_view key) {
    std::string out;
    for (char c : key)
        if (c != ' ') out.push_back(c);
    return out;
}

bool has_digit(std::string_view word) {
    return std::any_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Edits allowed between two words for them to count as one word misspelt.
unsigned edits_allowed(std::string_view a, std::string_view b) {
    std::size_t shorter = std::min(a.size(), b.size()), longer = std::max(a.size(), b.size());
    if (shorter < 5 || a[0] != b[0] || has_digit(a) || has_digit(b)) return 0;
    return longer <= 8 ? 1 : 2;
}

std::uint64_t pair_code(PartyId a, PartyId b) {
    return a < b ? std::uint64_t(a) << 32 | b : std::uint64_t(b) << 32 | a;
}

class CandidatePairs {
public:
    CandidatePairs(const Dataset& data, const KeyWords& words, const std::vector<std::string>& spaceless,
                   SuggestionFigures& figures) {
        block_on_words(data, words, figures);
        neighbours(spaceless, false);
        neighbours(spaceless, true);
        deduplicate(spaceless.size());
    }
    const std::vector<std::uint64_t>& pairs() const { return pairs_; }

private:
    // Blocks are numbered: rare words by their id, keys with a word left out by a hash with the top bit set.
    void block_on_words(const Dataset& data, const KeyWords& words, SuggestionFigures& figures) {
        std::vector<std::pair<std::uint64_t, PartyId>> entries;
        std::string rest;
        for (PartyId party = 0; party < data.parties.size(); ++party) {
            auto ids = words.of(party);
            for (StringId word : ids)
                if (words.holders[word] >= 2 && words.holders[word] <= rare_word_max_parties)
                    entries.emplace_back(word, party);
            if (ids.size() < 3) continue;
            for (std::size_t skip = 0; skip < ids.size(); ++skip) {
                rest.clear();
                for (std::size_t i = 0; i < ids.size(); ++i)
                    if (i != skip) (rest += words.words.str(ids[i])) += ' ';
                entries.emplace_back(std::hash<std::string>{}(rest) | (std::uint64_t(1) << 63), party);
            }
        }
        for (StringId word = 0; word < words.holders.size(); ++word)
            figures.rare_words += words.holders[word] >= 2 && words.holders[word] <= rare_word_max_parties;
        std::sort(entries.begin(), entries.end());
        entries.erase(std::unique(entries.begin(), entries.end()), entries.end());
        for (std::size_t first = 0; first < entries.size();) {
            std::size_t last = first;
            while (last < entries.size() && entries[last].first == entries[first].first) ++last;
            if (last - first > block_max_parties) ++figures.blocks_passed_over;
            else
                for (std::size_t i = first; i < last; ++i)
                    for (std::size_t j = i + 1; j < last; ++j)
                        pairs_.push_back(pair_code(entries[i].second, entries[j].second));
            first = last;
        }
    }

    void neighbours(const std::vector<std::string>& spaceless, bool reversed) {
        std::vector<std::string> reversed_keys;
        if (reversed) {
            reversed_keys.reserve(spaceless.size());
            for (const std::string& key : spaceless) reversed_keys.emplace_back(key.rbegin(), key.rend());
        }
        const std::vector<std::string>& keys = reversed ? reversed_keys : spaceless;
        std::vector<PartyId> order(keys.size());
        std::iota(order.begin(), order.end(), PartyId(0));
        std::sort(order.begin(), order.end(), [&](PartyId a, PartyId b) { return keys[a] < keys[b]; });
        for (std::size_t i = 0; i < order.size(); ++i)
            for (std::size_t j = i + 1; j < order.size() && j <= i + neighbour_window; ++j)
                pairs_.push_back(pair_code(order[i], order[j]));
    }

    // A counting sort on the lower party, then a marker per party drops repeats: linear in the pairs.
    void deduplicate(std::size_t party_count) {
        std::vector<std::uint32_t> begin(party_count + 1, 0);
        for (std::uint64_t code : pairs_) ++begin[(code >> 32) + 1];
        std::partial_sum(begin.begin(), begin.end(), begin.begin());
        std::vector<PartyId> partner(pairs_.size());
        {
            std::vector<std::uint32_t> next(begin.begin(), begin.end() - 1);
            for (std::uint64_t code : pairs_) partner[next[code >> 32]++] = PartyId(code);
        }
        std::vector<PartyId> last(party_count, StringPool::npos);
        pairs_.clear();
        for (PartyId a = 0; a < party_count; ++a)
            for (std::uint32_t i = begin[a]; i < begin[a + 1]; ++i)
                if (last[partner[i]] != a) {
                    last[partner[i]] = a;
                    pairs_.push_back(std::uint64_t(a) << 32 | partner[i]);
                }
    }

    std::vector<std::uint64_t> pairs_;
};

class PairScorer {
public:
    PairScorer(const KeyWords& words, const std::vector<std::string>& spaceless) : words_(words), spaceless_(spaceless) {}

    // The score of the pair; with `reason`, also what the keys have in common.
    double score(PartyId a, PartyId b, std::string* reason = nullptr) {
        if (spaceless_[a] == spaceless_[b]) {
            if (reason) *reason = "same letters, spaced differently";
            return 0.95;
        }
        auto wa = words_.of(a), wb = words_.of(b);
        taken_.assign(wb.size(), 0);
        double shared = 0, total = 0;
        std::string exact, misspelt;
        for (StringId word : wa) total += words_.weight[word];
        for (StringId word : wb) total += words_.weight[word];
        unmatched_.clear();
        for (StringId word : wa) {
            std::size_t index = SIZE_MAX;
            for (std::size_t i = 0; i < wb.size(); ++i)
                if (wb[i] == word && !taken_[i]) {
                    index = i;
                    break;
                }
            if (index == SIZE_MAX) {
                unmatched_.push_back(word);
                continue;
            }
            taken_[index] = 1;
            shared += 2 * words_.weight[word];
            if (reason) append(exact, words_.words.str(word));
        }
        for (StringId word : unmatched_) {
            std::string_view text = words_.words.str(word);
            std::size_t best = SIZE_MAX;
            double best_similarity = 0;
            for (std::size_t i = 0; i < wb.size(); ++i) {
                if (taken_[i]) continue;
                std::string_view other = words_.words.str(wb[i]);
                unsigned allowed = edits_allowed(text, other);
                if (allowed == 0) continue;
                unsigned edits = bounded_edit_distance(text, other, allowed);
                if (edits > allowed) continue;
                double similarity = 1.0 - double(edits) / double(std::max(text.size(), other.size()));
                if (similarity > best_similarity) {
                    best_similarity = similarity;
                    best = i;
                }
            }
            if (best == SIZE_MAX) continue;
            taken_[best] = 1;
            shared += best_similarity * (words_.weight[word] + words_.weight[wb[best]]);
            if (reason) append(misspelt, std::string(text) + " ~ " + std::string(words_.words.str(wb[best])));
        }
        if (unmatched_.empty() && wa.size() == wb.size()) {
            if (reason) *reason = "same words in another order";
            return 1.0;
        }
        if (reason) {
            reason->clear();
            if (!exact.empty()) *reason = "shared: " + exact;
            if (!misspelt.empty()) *reason += (reason->empty() ? "spelling: " : "; spelling: ") + misspelt;
        }
        return total > 0 ? shared / total : 0;
    }

private:
    static void append(std::string& list, std::string_view item) {
        if (!list.empty()) list += ", ";
        list += item;
    }

    const KeyWords& words_;
    const std::vector<std::string>& spaceless_;
    std::vector<char> taken_;
    std::vector<StringId> unmatched_;
};

}  // namespace

std::vector<MergeSuggestion> suggest_merges(const Dataset& data, double min_score, SuggestionFigures& figures) {
    KeyWords words(data);
    std::vector<std::string> spaceless(data.parties.size());
    for (PartyId party = 0; party < data.parties.size(); ++party) spaceless[party] = without_spaces(data.party_key(party));
    figures.parties = data.parties.size();
    figures.words = words.holders.size();
    CandidatePairs candidates(data, words, spaceless, figures);
    figures.candidate_pairs = candidates.pairs().size();

    std::vector<std::uint64_t> rows(data.parties.size(), 0);
    for (StringId spelling = 0; spelling < data.spellings.size(); ++spelling)
        rows[data.spelling_party[spelling]] += data.spelling_count[spelling];

    std::vector<std::uint32_t> name_rank(data.parties.size());
    {
        std::vector<PartyId> by_name(data.parties.size());
        std::iota(by_name.begin(), by_name.end(), PartyId(0));
        std::sort(by_name.begin(), by_name.end(), [&](PartyId x, PartyId y) {
            return std::pair(data.party_name(x), x) < std::pair(data.party_name(y), y);
        });
        for (std::uint32_t rank = 0; rank < by_name.size(); ++rank) name_rank[by_name[rank]] = rank;
    }

    // Score the two halves of the candidates on two threads, keeping each party's best match as party_a.
    const auto& pairs = candidates.pairs();
    std::vector<MergeSuggestion> best(data.parties.size(), MergeSuggestion{StringPool::npos, StringPool::npos, 0, {}});
    auto score_range = [&](std::size_t first, std::size_t last, std::vector<MergeSuggestion>& out) {
        PairScorer scorer(words, spaceless);
        for (std::size_t i = first; i < last; ++i) {
            auto a = PartyId(pairs[i] >> 32), b = PartyId(pairs[i] & 0xFFFFFFFFu);
            if (rows[a] > rows[b] || (rows[a] == rows[b] && name_rank[a] < name_rank[b])) std::swap(a, b);
            double score = scorer.score(a, b);
            if (score >= min_score) out.push_back({a, b, score, {}});
        }
    };
    auto better = [&](const MergeSuggestion& x, const MergeSuggestion& y) {
        return x.score > y.score || (x.score == y.score && name_rank[x.b] < name_rank[y.b]);
    };
    std::vector<MergeSuggestion> first_half, second_half;
    Worker helper(score_range, pairs.size() / 2, pairs.size(), std::ref(second_half));
    score_range(0, pairs.size() / 2, first_half);
    helper.join();
    for (const auto* half : {&first_half, &second_half})
        for (const MergeSuggestion& found : *half)
            if (best[found.a].a == StringPool::npos || better(found, best[found.a])) best[found.a] = found;
    std::vector<MergeSuggestion> suggestions;
    PairScorer explainer(words, spaceless);
    for (MergeSuggestion& found : best)
        if (found.a != StringPool::npos) {
            explainer.score(found.a, found.b, &found.reason);
            suggestions.push_back(std::move(found));
        }
    std::sort(suggestions.begin(), suggestions.end(), [&](const MergeSuggestion& x, const MergeSuggestion& y) {
        if (x.score != y.score) return x.score > y.score;
        return std::pair(name_rank[x.a], name_rank[x.b]) < std::pair(name_rank[y.a], name_rank[y.b]);
    });
    figures.suggestions = suggestions.size();
    return suggestions;
}

}  // namespace patlap
