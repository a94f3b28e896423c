#pragma once
// Items 0, 1, 2, ... made by worker threads into a ring of slots, and taken by one consumer in item order: a
// worker claims the next item, then waits until the consumer has released the item that used its slot before.
// For work cut into chunks whose results must come out in order (chunked reading, report writing).
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <optional>
#include <vector>

namespace patlap {

class OrderedSlots {
public:
    OrderedSlots(std::size_t items, std::size_t slots) : items_(items), ready_(slots, 0) {}

    std::size_t slot_of(std::size_t item) const { return item % ready_.size(); }

    // Worker: the next item, once its slot is free; nullopt when every item is claimed, or after stop().
    std::optional<std::size_t> claim() {
        std::unique_lock lock(mutex_);
        if (stopped_ || next_ == items_) return std::nullopt;
        std::size_t item = next_++;
        changed_.wait(lock, [&] { return stopped_ || item < released_ + ready_.size(); });
        if (stopped_) return std::nullopt;
        return item;
    }
    // Worker: the item is in its slot.
    void done(std::size_t item) {
        std::lock_guard lock(mutex_);
        ready_[slot_of(item)] = 1;
        changed_.notify_all();
    }
    // Consumer: waits until `item` (the one after the last released) is in its slot; false when stop() came first
    // (a worker failed).
    bool wait(std::size_t item) {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [&] { return stopped_ || ready_[slot_of(item)] != 0; });
        return ready_[slot_of(item)] != 0;
    }
    // Consumer: the item is used; its slot can take the next item.
    void release(std::size_t item) {
        std::lock_guard lock(mutex_);
        ready_[slot_of(item)] = 0;
        released_ = item + 1;
        changed_.notify_all();
    }
    // No more items are handed out; workers waiting for a slot give up, and so does a consumer waiting for an item.
    void stop() {
        std::lock_guard lock(mutex_);
        stopped_ = true;
        changed_.notify_all();
    }

private:
    std::mutex mutex_;
    std::condition_variable changed_;
    std::size_t items_, next_ = 0, released_ = 0;
    std::vector<char> ready_;  // per slot: its item is done and not yet released
    bool stopped_ = false;
};

}  // namespace patlap
