#pragma once
// Interns strings to dense ids 0, 1, 2, ... in first-seen order.
//
// Built for tens of millions of look-ups on millions of distinct strings: the bytes of all strings sit back to
// back in one buffer (4 bytes of bookkeeping per string), and each 32-byte hash slot carries the first 24 bytes of
// its string, so finding a short string (a patent number, a deal id, most names) costs one cache miss, not three.
#include <cstdint>
#include <string_view>
#include <vector>

namespace patlap {

using StringId = std::uint32_t;

class StringPool {
public:
    StringPool();

    StringId intern(std::string_view text);
    // The id of `text`, or `npos` when it was never interned.
    StringId find(std::string_view text) const;
    // Valid until the next insert (the buffer may move as it grows).
    std::string_view str(StringId id) const {
        return {bytes_.data() + offsets_[id], std::size_t(offsets_[id + 1] - offsets_[id])};
    }
    std::size_t size() const { return offsets_.size() - 1; }

    // Two-step interning for callers that must check a new string before keeping it: look up, then insert the
    // looked-up string, with no other insert into this pool in between.
    struct Lookup {
        StringId id;  // npos when absent
        std::size_t slot;
        std::uint32_t hash;
    };
    Lookup lookup(std::string_view text) const { return lookup(text, hash(text)); }
    Lookup lookup(std::string_view text, std::uint32_t hash) const;
    StringId insert(const Lookup& absent, std::string_view text);

    // For batches of look-ups: hash first and prefetch the slot, then intern with the same hash once the
    // memory has arrived. Many misses then overlap instead of queueing one after another.
    static std::uint32_t hash(std::string_view text);
    void prefetch(std::uint32_t hash) const { __builtin_prefetch(&slots_[hash & (slots_.size() - 1)]); }
    // Starts fetching the bytes of string `id` (for loops that read many strings in random order).
    void prefetch_string(StringId id) const {
        __builtin_prefetch(&offsets_[id]);
        __builtin_prefetch(bytes_.data() + offsets_[id]);
    }
    static std::uint32_t tag_of(std::uint32_t hash, std::size_t length) {
        return (hash & 0xFFFFFFu) | std::uint32_t(length < 255 ? length : 255) << 24;
    }
    StringId intern(std::string_view text, std::uint32_t hash);
    // Keeps `text` under the next id without indexing it: `find` and `intern` will not see it. For callers that
    // find such strings another way (PatentPool's numbered keys).
    StringId append(std::string_view text);

    // For a snapshot (docs/snapshot.md): the bytes of every string back to back, and where each begins (size() + 1
    // offsets, from 0 up to the bytes' size).
    const std::vector<char>& text() const { return bytes_; }
    const std::vector<std::uint32_t>& text_offsets() const { return offsets_; }
    // A pool of the strings `text` and `offsets` hold, laid out as text() and text_offsets() give them (the caller
    // checks that the offsets rise from 0 to text.size()), with the same ids; each is indexed for find and intern
    // unless `indexed` says not (a string that repeats an earlier one is not).
    using IndexTest = bool (*)(std::string_view);
    static StringPool from_text(std::vector<char> text, std::vector<std::uint32_t> offsets,
                                IndexTest indexed = nullptr);

    static constexpr StringId npos = ~StringId(0);

private:
    // 32 bytes: two to a cache line, none across two.
    struct alignas(32) Slot {
        std::uint64_t head[3];  // the string's first 24 bytes, zero-padded
        std::uint32_t tag;      // 24 bits of hash, and the length (up to 255) in the top 8 bits
        StringId id;            // npos when empty
    };
    static Slot make_key(std::string_view text, std::uint32_t hash);
    std::size_t probe(std::string_view text, const Slot& key, std::uint32_t hash) const;
    void grow();

    std::vector<Slot> slots_;
    std::vector<char> bytes_;
    std::vector<std::uint32_t> offsets_;  // string i is bytes_[offsets_[i], offsets_[i + 1])
    std::size_t indexed_ = 0;             // strings in the slots (all but the appended ones)
};

}  // namespace patlap
