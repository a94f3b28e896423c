#pragma once
// Interns strings to dense ids 0, 1, 2, ... in first-seen order. Strings live in large shared blocks and the
// table is open-addressed, so interning a string already seen costs one hash and no allocation.
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace patlap {

using StringId = std::uint32_t;

class StringPool {
public:
    StringPool();

    StringId intern(std::string_view text);

    // Two-step interning for callers that must check a new string before keeping it: look up, then insert the
    // looked-up string, with no other insert into this pool in between.
    struct Lookup {
        StringId id;  // npos when absent
        std::size_t slot;
        std::uint32_t hash;
    };
    Lookup lookup(std::string_view text) const;
    StringId insert(const Lookup& absent, std::string_view text);

    // The id of `text`, or `npos` when it was never interned.
    StringId find(std::string_view text) const;
    std::string_view str(StringId id) const { return strings_[id]; }
    std::size_t size() const { return strings_.size(); }

    static constexpr StringId npos = ~StringId(0);

private:
    struct Slot {
        std::uint32_t hash;
        StringId id;  // npos when empty
    };
    std::size_t probe(std::string_view text, std::uint32_t hash) const;
    std::string_view store(std::string_view text);
    void grow();

    std::vector<Slot> slots_;
    std::vector<std::string_view> strings_;
    std::vector<std::unique_ptr<char[]>> blocks_;
    std::size_t block_used_ = 0, block_size_ = 0, stored_bytes_ = 0;
};

}  // namespace patlap
