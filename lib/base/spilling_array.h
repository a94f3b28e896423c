#pragma once
// An array of fixed-size values appended in order and then read as one span: held in memory while it fits a budget,
// else in a SpillFile under TMPDIR, mapped read-only once finished (the page cache holds what it can of it).
#include "base/spill_file.h"
#include "base/temp_folder.h"

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <type_traits>
#include <vector>

namespace patlap {

template <class T>
class SpillingArray {
    static_assert(std::is_trivially_copyable_v<T>);

public:
    SpillingArray() = default;
    // `budget` bytes held at most (0: no limit); `what` names the values in messages ("overlap pairs").
    SpillingArray(std::uint64_t budget, std::string what) : budget_(budget), what_(std::move(what)) {}
    // Values already held.
    explicit SpillingArray(std::vector<T> held) : held_(std::move(held)) { finish(); }

    // Throws OutputError when the values must spill and TMPDIR cannot take them.
    void push_back(const T& value) {
        if (file_) return file_->write(&value, sizeof value);
        if (held_.size() == held_.capacity() && budget_ > 0 &&
            std::max<std::uint64_t>(2 * held_.capacity(), 16) * sizeof(T) > budget_) {
            spill();
            return file_->write(&value, sizeof value);
        }
        held_.push_back(value);
    }

    // Ends the appending: from here on the values are view().
    void finish() {
        if (!file_) {
            view_ = held_;
            return;
        }
        file_->finish();
        auto bytes = file_->map();
        view_ = {reinterpret_cast<const T*>(bytes.data()), bytes.size() / sizeof(T)};
    }

    std::span<const T> view() const { return view_; }
    const T* begin() const { return view_.data(); }
    const T* end() const { return view_.data() + view_.size(); }
    std::size_t size() const { return view_.size(); }
    bool empty() const { return view_.empty(); }
    const T& operator[](std::size_t i) const { return view_[i]; }
    bool spilled() const { return file_ != nullptr; }

private:
    void spill() {
        TempFolder folder(what_);  // the file, unlinked at once, outlives it
        file_ = std::make_unique<SpillFile>(folder, buffer_bytes);
        file_->write(held_.data(), held_.size() * sizeof(T));
        std::vector<T>().swap(held_);
    }

    static constexpr std::size_t buffer_bytes = 1 << 20;
    std::uint64_t budget_ = 0;
    std::string what_;
    std::vector<T> held_;
    std::unique_ptr<SpillFile> file_;
    std::span<const T> view_;
};

}  // namespace patlap
