#pragma once
// Pairs of parties whose keys look like one company written two ways, for an analyst to review (and paste into
// an alias file). Never applied by patlap itself.
//
// Comparing every pair of parties would not scale, so only candidate pairs are scored. A pair is a candidate
// when the two keys
//  - share a rare word: one that at most `rare_word_max_parties` keys hold (common words such as SYSTEMS or
//    TECHNOLOGIES block nothing), or
//  - differ by one word at most: keys of three words or more are blocked on each of the keys left when one word
//    is taken out, which finds a misspelling inside a long name whose other words are common (blocks holding
//    more than `block_max_parties` keys are passed over), or
//  - sort near each other: within `neighbour_window` places once spaces are taken out, or once the letters are
//    also reversed, which finds misspellings within a one-word name and names spaced differently.
//
// A candidate's score runs from 0 to 1: the words the keys share, each weighted by how rare it is
// (log(1 + parties / parties holding the word)), over all their words. A word may also match a slightly
// misspelt one, counted in proportion to 1 - edit distance / length: words of 5 to 8 characters may differ by
// one edit, longer words by two (an edit is an insertion, deletion, substitution or a swap of two neighbouring
// letters); shorter words and words with digits must match exactly. Keys that are equal once spaces are taken
// out score 0.95. So a pair sharing only a word that is more common than the words they do not share scores
// under 0.5.
#include "base/edit_distance.h"
#include "model/dataset.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace patlap {

inline constexpr std::uint32_t rare_word_max_parties = 20;
inline constexpr std::uint32_t block_max_parties = 20;
inline constexpr unsigned neighbour_window = 5;
inline constexpr double default_min_score = 0.7;

struct MergeSuggestion {
    PartyId a;  // the party with fewer rows: the one an alias line would rename
    PartyId b;  // the party with more rows (ties: the name first in byte order)
    double score;
    std::string reason;
};

struct SuggestionFigures {
    std::uint64_t parties = 0;
    std::uint64_t words = 0;             // distinct words in the keys
    std::uint64_t rare_words = 0;        // words held by 2 to rare_word_max_parties keys
    std::uint64_t blocks_passed_over = 0;  // word-left-out blocks larger than block_max_parties
    std::uint64_t candidate_pairs = 0;   // distinct pairs scored
    std::uint64_t suggestions = 0;
};

// Suggestions scoring at least `min_score`, highest score first, then by the names of a and b. Each party is
// party_a of one suggestion at most, its best match (ties: party_b's name first in byte order): one line of an
// alias file each.
std::vector<MergeSuggestion> suggest_merges(const Dataset& data, double min_score, SuggestionFigures& figures);

}  // namespace patlap
