#pragma once
// Work split in two halves, the first on a second thread, for the steps of a report that touch millions of items
// one at a time (the machine the reports are built for has two cores or more). Below `worth_a_thread` items, or
// with `threads` < 2, the work runs on the calling thread.
#include "base/worker.h"

#include <algorithm>
#include <cstddef>
#include <functional>
#include <thread>
#include <vector>

namespace patlap {

inline constexpr std::size_t worth_a_thread = 100000;

// The threads a step may use: those asked for (--threads), or with 0 the machine's cores (at least one).
inline unsigned threads_or_cores(unsigned requested) {
    return requested ? requested : std::max(1u, std::thread::hardware_concurrency());
}

// Runs work(first, last) over [0, count) in two halves.
template <class Work>
void in_two_halves(std::size_t count, unsigned threads, Work work) {
    if (threads < 2 || count < worth_a_thread) return work(std::size_t(0), count);
    Worker helper(work, std::size_t(0), count / 2);
    work(count / 2, count);
    helper.join();
}

// The first item of the second half, where the items' rows are [begin[i], begin[i + 1]): the two halves hold
// about as many rows.
inline std::size_t middle_by_rows(const std::vector<std::uint32_t>& begin) {
    auto middle = std::size_t(std::upper_bound(begin.begin(), begin.end(), begin.back() / 2) - begin.begin() - 1);
    return std::min(middle, begin.size() - 1);
}

// Runs work(first, last, half) over the items in two halves of about equal rows (see middle_by_rows), the first
// (half 0) on a second thread; with `two_threads` false, one half after the other on the calling thread.
template <class Work>
void in_two_halves_by_rows(const std::vector<std::uint32_t>& begin, Work work, bool two_threads = true) {
    std::size_t middle = middle_by_rows(begin), count = begin.size() - 1;
    if (!two_threads) {
        work(std::size_t(0), middle, 0);
        work(middle, count, 1);
        return;
    }
    Worker helper(work, std::size_t(0), middle, 0);
    work(middle, count, 1);
    helper.join();
}

// Sorts the two halves on two threads and merges them.
template <class T, class Order = std::less<T>>
void sort_in_two_halves(std::vector<T>& items, unsigned threads, Order order = {}) {
    if (threads < 2 || items.size() < worth_a_thread) {
        std::sort(items.begin(), items.end(), order);
        return;
    }
    auto middle = items.begin() + std::ptrdiff_t(items.size() / 2);
    Worker helper([&] { std::sort(items.begin(), middle, order); });
    std::sort(middle, items.end(), order);
    helper.join();
    std::inplace_merge(items.begin(), middle, items.end(), order);
}

}  // namespace patlap
