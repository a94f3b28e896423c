#pragma once
// An external sort: sorted runs of fixed-size values written to SpillFiles, merged back in order. Runs are merged
// sixteen at a time as they come (runs of runs, like an LSM tree), so the files open stay few and each value is
// rewritten O(log16 n) times. The folder under TMPDIR is made with the first run.
#include "base/spill_file.h"
#include "base/temp_folder.h"

#include <algorithm>
#include <functional>
#include <memory>
#include <mutex>
#include <queue>
#include <span>
#include <string>
#include <type_traits>
#include <vector>

namespace patlap {

template <class T, class Less = std::less<T>>
class SortedRuns {
    static_assert(std::is_trivially_copyable_v<T>);

public:
    // `what` names the values in messages ("overlap pairs"); each file reads and writes through buffers of
    // `buffer_bytes`.
    SortedRuns(std::string what, std::size_t buffer_bytes, Less less = {})
        : what_(std::move(what)), buffer_bytes_(buffer_bytes), less_(less) {}

    // Writes one run, sorted by `less`. Safe to call from several threads at once. Throws OutputError when TMPDIR
    // cannot take it.
    void add(std::span<const T> sorted) {
        if (sorted.empty()) return;
        {
            std::lock_guard lock(mutex_);
            if (!folder_) folder_ = std::make_unique<TempFolder>(what_);
        }
        auto run = std::make_unique<SpillFile>(*folder_, buffer_bytes_);
        run->write(sorted.data(), sorted.size_bytes());
        run->finish();
        std::lock_guard lock(mutex_);
        for (std::size_t level = 0;; ++level) {
            if (levels_.size() == level) levels_.emplace_back();
            levels_[level].push_back(std::move(run));
            if (levels_[level].size() < fan_in) break;
            run = merge_to_file(levels_[level]);
            levels_[level].clear();
        }
    }

    bool empty() const { return levels_.empty(); }

    // Calls each(value) for every value added, in order, as long as it returns true.
    template <class Each>
    void merge(Each each) {
        std::vector<std::unique_ptr<SpillFile>> runs;
        for (auto& level : levels_)  // the lowest levels, the smallest runs, first
            for (auto& run : level) runs.push_back(std::move(run));
        levels_.clear();
        while (runs.size() > fan_in) {
            std::vector<std::unique_ptr<SpillFile>> first(std::make_move_iterator(runs.begin()),
                                                          std::make_move_iterator(runs.begin() + fan_in));
            runs.erase(runs.begin(), runs.begin() + fan_in);
            runs.push_back(merge_to_file(first));
        }
        merge_runs(runs, each);
    }

private:
    static constexpr std::size_t fan_in = 16;

    std::unique_ptr<SpillFile> merge_to_file(std::vector<std::unique_ptr<SpillFile>>& runs) {
        auto merged = std::make_unique<SpillFile>(*folder_, buffer_bytes_);
        merge_runs(runs, [&](const T& value) {
            merged->write(&value, sizeof value);
            return true;
        });
        merged->finish();
        return merged;
    }

    // A run being read: a buffer's worth of it at a time.
    struct Cursor {
        SpillFile* file;
        std::vector<T> chunk;
        std::size_t at = 0, size = 0;
        bool refill() {
            size = file->read(chunk.data(), chunk.size() * sizeof(T)) / sizeof(T);
            at = 0;
            return size > 0;
        }
    };

    template <class Each>
    void merge_runs(std::vector<std::unique_ptr<SpillFile>>& runs, Each each) {
        std::vector<Cursor> cursors;
        cursors.reserve(runs.size());
        for (auto& run : runs) {
            cursors.push_back({run.get(), std::vector<T>(std::max<std::size_t>(1, buffer_bytes_ / sizeof(T)))});
            if (!cursors.back().refill()) cursors.pop_back();
        }
        auto later = [&](std::size_t x, std::size_t y) {
            return less_(cursors[y].chunk[cursors[y].at], cursors[x].chunk[cursors[x].at]);
        };
        std::priority_queue<std::size_t, std::vector<std::size_t>, decltype(later)> heads(later);
        for (std::size_t i = 0; i < cursors.size(); ++i) heads.push(i);
        while (!heads.empty()) {
            std::size_t i = heads.top();
            heads.pop();
            Cursor& cursor = cursors[i];
            if (!each(cursor.chunk[cursor.at])) return;
            if (++cursor.at < cursor.size || cursor.refill()) heads.push(i);
        }
        runs.clear();
    }

    std::string what_;
    std::unique_ptr<TempFolder> folder_;
    std::size_t buffer_bytes_;
    Less less_;
    std::mutex mutex_;
    std::vector<std::vector<std::unique_ptr<SpillFile>>> levels_;
};

}  // namespace patlap
