#pragma once
// How far two texts are apart, for "did you mean" and for names spelt a little differently.
#include <string_view>

namespace patlap {

// The optimal string alignment distance between a and b (Levenshtein distance with swaps of neighbouring
// characters) when it is at most `limit`, else limit + 1; the work is limited to a band around the diagonal.
unsigned bounded_edit_distance(std::string_view a, std::string_view b, unsigned limit);

}  // namespace patlap
