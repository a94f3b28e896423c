#include "analysis/overlap.h"

#include "base/sorted_runs.h"
#include "base/two_threads.h"

#include <algorithm>
#include <atomic>
#include <bit>
#include <limits>
#include <functional>
#include <memory>
#include <thread>

namespace patlap {
namespace {

// Counts, for a batch of source deals, the patents each shares with every other deal: a sparse accumulator
// (Gustavson's row-by-row sparse product), touching only the deals reachable through a shared patent.
class PairCounter {
public:
    PairCounter(const DealPatentGraph& graph, const OverlapOptions& options, const std::vector<char>& in_focus)
        : graph_(graph), options_(options), in_focus_(in_focus), count_(graph.deal_count(), 0) {}

    // Calls emit(a, b, shared) for each deal b sharing at least min_shared patents with `a`.
    template <class Emit>
    void count_from(DealId a, Emit emit) {
        constexpr std::ptrdiff_t ahead = 4;
        bool focused = !in_focus_.empty();
        for (PatentId patent : graph_.patents_of(a)) {
            auto deals = graph_.deals_of(patent);
            // Without a focus set each pair is counted once, from its lower deal id.
            auto first = focused ? deals.begin() : std::upper_bound(deals.begin(), deals.end(), a);
            for (auto it = first; it != deals.end(); ++it) {
                if (deals.end() - it > ahead) __builtin_prefetch(&count_[it[ahead]]);  // the counts are all over
                DealId b = *it;
                if (b == a || (focused && in_focus_[b] && b < a)) continue;
                if (!options_.selected.empty() && !options_.selected[b]) continue;
                if (count_[b]++ == 0) touched_.push_back(b);
            }
        }
        for (DealId b : touched_) {
            if (count_[b] >= options_.min_shared) emit(a, b, count_[b]);
            count_[b] = 0;
        }
        touched_.clear();
    }

private:
    const DealPatentGraph& graph_;
    const OverlapOptions& options_;
    const std::vector<char>& in_focus_;
    std::vector<std::uint32_t> count_;
    std::vector<DealId> touched_;
};

std::vector<DealId> source_deals(const DealPatentGraph& graph, const OverlapOptions& options,
                                 std::vector<char>& in_focus) {
    auto selected = [&](DealId d) { return options.selected.empty() || options.selected[d]; };
    std::vector<DealId> sources;
    if (options.focus.empty()) {
        for (DealId d = 0; d < graph.deal_count(); ++d)
            if (selected(d)) sources.push_back(d);
        return sources;
    }
    in_focus.assign(graph.deal_count(), 0);
    for (DealId d : options.focus)
        if (selected(d) && !in_focus[d]) {
            in_focus[d] = 1;
            sources.push_back(d);
        }
    return sources;
}

// The report's order of pairs (most shared first, then deal_a's and deal_b's name ranks) as one unsigned
// integer, when the largest possible count and the ranks fit in 64 bits together: sorting single integers is
// much faster than comparing three fields, and takes 8 bytes a pair instead of 12.
class PairKeys {
public:
    PairKeys(std::uint32_t most_shared, std::size_t deal_count)
        : rank_bits_(unsigned(std::bit_width(std::max<std::size_t>(deal_count, 2) - 1))),
          most_shared_(most_shared),
          fits_(std::bit_width(most_shared) + 2 * rank_bits_ <= 64) {}
    bool fit() const { return fits_; }
    std::uint64_t key(const DealPair& p) const {
        return std::uint64_t(most_shared_ - p.shared) << (2 * rank_bits_) | std::uint64_t(p.a) << rank_bits_ | p.b;
    }
    DealPair pair(std::uint64_t key) const {
        std::uint64_t rank_mask = (std::uint64_t(1) << rank_bits_) - 1;
        return {DealId(key >> rank_bits_ & rank_mask), DealId(key & rank_mask),
                std::uint32_t(most_shared_ - (key >> (2 * rank_bits_)))};
    }

private:
    unsigned rank_bits_;
    std::uint32_t most_shared_;
    bool fits_;
};

// The report's order of pairs, compared field by field.
struct ReportOrder {
    bool operator()(const DealPair& x, const DealPair& y) const {
        if (x.shared != y.shared) return x.shared > y.shared;
        if (x.a != y.a) return x.a < y.a;
        return x.b < y.b;
    }
};

// Within --memory a worker holds at most its share of the pairs, counting what the end of find_overlaps adds to
// them at its peak (the merge of the workers' keys and the answer beside them): this many bytes a pair.
constexpr std::uint64_t bytes_per_pair_held = 24;

// Merges sorted runs into one, two at a time.
std::vector<std::uint64_t> merge_runs(std::vector<std::vector<std::uint64_t>>& runs) {
    while (runs.size() > 1) {
        std::vector<std::vector<std::uint64_t>> merged;
        for (std::size_t i = 0; i + 1 < runs.size(); i += 2) {
            std::vector<std::uint64_t> both(runs[i].size() + runs[i + 1].size());
            std::merge(runs[i].begin(), runs[i].end(), runs[i + 1].begin(), runs[i + 1].end(), both.begin());
            std::vector<std::uint64_t>().swap(runs[i]);
            std::vector<std::uint64_t>().swap(runs[i + 1]);
            merged.push_back(std::move(both));
        }
        if (runs.size() % 2) merged.push_back(std::move(runs.back()));
        runs = std::move(merged);
    }
    return runs.empty() ? std::vector<std::uint64_t>() : std::move(runs.front());
}

// The end of find_overlaps once some worker spilled: what the workers still hold goes to the runs too, and the
// runs are merged in report order (the first --top of them) into the answer, which spills past --memory in turn.
OverlapPairs merge_spilled(std::vector<std::vector<std::uint64_t>>& found_keys,
                           std::vector<std::vector<DealPair>>& found_pairs, SortedRuns<std::uint64_t>& spilled_keys,
                           SortedRuns<DealPair, ReportOrder>& spilled_pairs, const PairKeys& keys,
                           const std::vector<DealId>& deal_of_rank, const OverlapOptions& options) {
    for (auto& part : found_keys) {
        spilled_keys.add(part);  // each sorted by its worker
        std::vector<std::uint64_t>().swap(part);
    }
    for (auto& part : found_pairs) {
        std::sort(part.begin(), part.end(), ReportOrder());
        spilled_pairs.add(part);
        std::vector<DealPair>().swap(part);
    }
    OverlapPairs answer(options.memory / 2, "overlap pairs");  // as much as the in-memory path's answer holds
    std::size_t left = options.top > 0 ? options.top : std::numeric_limits<std::size_t>::max();
    auto put = [&](DealPair pair) {
        answer.push_back({deal_of_rank[pair.a], deal_of_rank[pair.b], pair.shared});
        return --left > 0;
    };
    if (!spilled_keys.empty()) spilled_keys.merge([&](std::uint64_t key) { return put(keys.pair(key)); });
    if (!spilled_pairs.empty()) spilled_pairs.merge(put);
    answer.finish();
    return answer;
}

}  // namespace

OverlapPairs find_overlaps(const Dataset& data, const DealPatentGraph& graph, const OverlapOptions& options) {
    std::vector<char> in_focus;
    std::vector<DealId> sources = source_deals(graph, options, in_focus);

    // Each pair as the report orders it: deal_a the earlier deal (by date, then name), and both deals as name
    // ranks, so that sorting touches no other memory. A deal's date and rank sit in one word, which orders deals
    // so: one memory access a deal where the pairs are found.
    const auto& rank = data.deal_name_rank();
    std::vector<std::uint64_t> date_and_rank(graph.deal_count());
    for (DealId d = 0; d < date_and_rank.size(); ++d)
        date_and_rank[d] = std::uint64_t(data.deal_info[d].date) << 32 | rank[d];
    auto ranked = [&](DealId x, DealId y, std::uint32_t shared) {
        std::uint64_t a = date_and_rank[x], b = date_and_rank[y];
        if (b < a) std::swap(a, b);
        return DealPair{std::uint32_t(a), std::uint32_t(b), shared};
    };
    std::uint32_t largest_deal = 0;  // no pair shares more patents than its smaller deal has
    for (const DealInfo& info : data.deal_info) largest_deal = std::max(largest_deal, info.patents);
    const PairKeys keys(largest_deal, graph.deal_count());
    const bool packed = options.packed_sort && keys.fit();

    // The workers count from batches of source deals and keep what they find: as packed keys, each worker's
    // sorted at the end (so the sorting is shared out too), or else as pairs.
    unsigned thread_count = std::max(1u, options.threads);
    std::vector<std::vector<std::uint64_t>> found_keys(thread_count);
    std::vector<std::vector<DealPair>> found_pairs(thread_count);
    std::atomic<std::size_t> next_batch{0};
    constexpr std::size_t batch = 512;
    const ReportOrder order;
    // Past its share of --memory, a worker sorts what it holds into a run spilled under TMPDIR, and goes on.
    const std::size_t spill_at =
        options.memory > 0 ? std::size_t(std::max<std::uint64_t>(1, options.memory / bytes_per_pair_held / thread_count))
                           : std::numeric_limits<std::size_t>::max();
    const std::size_t spill_buffer = std::clamp<std::size_t>(std::size_t(options.memory / 64), 4096, 1 << 20);
    SortedRuns<std::uint64_t> spilled_keys("overlap pairs", spill_buffer);
    SortedRuns<DealPair, ReportOrder> spilled_pairs("overlap pairs", spill_buffer);
    // With --top N a worker holds at most a few times N pairs: past that it keeps its first N (in report order)
    // and drops the rest, which no later pair can bring back into the top N. Within --memory when N fits it.
    std::size_t prune_at = options.top > 0 ? std::max<std::size_t>(2 * options.top, 1 << 16) : 0;
    if (options.top > 0 && 2 * options.top <= spill_at) prune_at = std::min(prune_at, spill_at);
    auto work = [&](unsigned worker) {
        PairCounter counter(graph, options, in_focus);
        // Local: the threads' vectors side by side in `found_*` would share a cache line.
        std::vector<std::uint64_t> my_keys;
        std::vector<DealPair> my_pairs;
        auto keep = [&](DealId a, DealId b, std::uint32_t shared) {
            if (packed) {
                my_keys.push_back(keys.key(ranked(a, b, shared)));
                if (my_keys.size() == prune_at) {
                    std::nth_element(my_keys.begin(), my_keys.begin() + std::ptrdiff_t(options.top), my_keys.end());
                    my_keys.resize(options.top);
                } else if (my_keys.size() >= spill_at) {
                    std::sort(my_keys.begin(), my_keys.end());
                    spilled_keys.add(my_keys);
                    my_keys.clear();
                }
            } else {
                my_pairs.push_back(ranked(a, b, shared));
                if (my_pairs.size() == prune_at) {
                    std::nth_element(my_pairs.begin(), my_pairs.begin() + std::ptrdiff_t(options.top), my_pairs.end(),
                                     order);
                    my_pairs.resize(options.top);
                } else if (my_pairs.size() >= spill_at) {
                    std::sort(my_pairs.begin(), my_pairs.end(), order);
                    spilled_pairs.add(my_pairs);
                    my_pairs.clear();
                }
            }
        };
        for (;;) {
            std::size_t first = next_batch.fetch_add(batch);
            if (first >= sources.size()) break;
            std::size_t last = std::min(sources.size(), first + batch);
            for (std::size_t i = first; i < last; ++i) counter.count_from(sources[i], keep);
        }
        std::sort(my_keys.begin(), my_keys.end());
        found_keys[worker] = std::move(my_keys);
        found_pairs[worker] = std::move(my_pairs);
    };
    {
        std::vector<std::unique_ptr<Worker>> helpers;
        if (sources.size() > 4 * batch)
            for (unsigned t = 1; t < thread_count; ++t) helpers.push_back(std::make_unique<Worker>(work, t));
        work(0);
        for (auto& helper : helpers) helper->join();
    }
    const auto& deal_of_rank = data.deals_by_name();
    if (!spilled_keys.empty() || !spilled_pairs.empty())
        return merge_spilled(found_keys, found_pairs, spilled_keys, spilled_pairs, keys, deal_of_rank, options);

    std::vector<DealPair> pairs;
    if (packed) {
        std::vector<std::uint64_t> sorted = merge_runs(found_keys);
        if (options.top > 0 && options.top < sorted.size()) sorted.resize(options.top);
        pairs.resize(sorted.size());
        in_two_halves(pairs.size(), thread_count, [&](std::size_t first, std::size_t last) {
            for (std::size_t i = first; i < last; ++i) pairs[i] = keys.pair(sorted[i]);
        });
    } else {
        std::size_t total = 0;
        for (const auto& part : found_pairs) total += part.size();
        pairs.reserve(total);
        for (auto& part : found_pairs) {
            pairs.insert(pairs.end(), part.begin(), part.end());
            std::vector<DealPair>().swap(part);
        }
        if (options.top > 0 && options.top < pairs.size()) {
            std::partial_sort(pairs.begin(), pairs.begin() + std::ptrdiff_t(options.top), pairs.end(), order);
            pairs.resize(options.top);
        } else {
            sort_in_two_halves(pairs, thread_count, order);
        }
    }
    in_two_halves(pairs.size(), thread_count, [&](std::size_t first, std::size_t last) {
        for (std::size_t i = first; i < last; ++i) {
            pairs[i].a = deal_of_rank[pairs[i].a];
            pairs[i].b = deal_of_rank[pairs[i].b];
        }
    });
    return OverlapPairs(std::move(pairs));
}

std::vector<SharedPatent> shared_patents(const Dataset& data, const DealPatentGraph& graph, DealId a, DealId b) {
    std::vector<SharedPatent> shared;
    auto left = graph.patents_of(a), right = graph.patents_of(b);
    auto i = left.begin(), j = right.begin();
    std::uint32_t place_a = 0, place_b = 0;
    while (i != left.end() && j != right.end()) {
        if (*i < *j) {
            ++i;
            ++place_a;
        } else if (*j < *i) {
            ++j;
            ++place_b;
        } else {
            shared.push_back({*i, place_a++, place_b++});
            ++i;
            ++j;
        }
    }
    std::sort(shared.begin(), shared.end(), [&](const SharedPatent& x, const SharedPatent& y) {
        return data.patent_name(x.patent) < data.patent_name(y.patent);
    });
    return shared;
}

}  // namespace patlap
