#include "base/edit_distance.h"

#include <algorithm>
#include <array>
#include <span>
#include <vector>

namespace patlap {

unsigned bounded_edit_distance(std::string_view a, std::string_view b, unsigned limit) {
    if (a.size() > b.size()) std::swap(a, b);
    const unsigned beyond = limit + 1;
    if (b.size() - a.size() > limit) return beyond;
    std::size_t n = b.size();
    // Three rows of the table; on the stack for words of usual length.
    constexpr std::size_t short_word = 63;
    std::array<unsigned, 3 * (short_word + 1)> stack_rows;
    std::vector<unsigned> heap_rows(n > short_word ? 3 * (n + 1) : 0);
    unsigned* rows = n > short_word ? heap_rows.data() : stack_rows.data();
    std::span<unsigned> two_back(rows, n + 1), previous(rows + n + 1, n + 1), current(rows + 2 * (n + 1), n + 1);
    std::fill(rows, rows + 3 * (n + 1), beyond);
    for (std::size_t j = 0; j <= n && j <= limit; ++j) previous[j] = unsigned(j);
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t low = i > limit ? i - limit : 1, high = std::min(n, i + limit);
        std::fill(current.begin(), current.end(), beyond);
        if (i <= limit) current[0] = unsigned(i);
        unsigned row_min = current[0];
        for (std::size_t j = low; j <= high; ++j) {
            unsigned cost = a[i - 1] == b[j - 1] ? 0 : 1;
            unsigned value = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) value = std::min(value, two_back[j - 2] + 1);
            current[j] = std::min(value, beyond);
            row_min = std::min(row_min, current[j]);
        }
        if (row_min > limit) return beyond;
        std::swap(two_back, previous);
        std::swap(previous, current);
    }
    return std::min(previous[n], beyond);
}

}  // namespace patlap
