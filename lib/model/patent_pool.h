#pragma once
// Interns patent keys (see patent_number.h) to dense ids, as StringPool does, with a shortcut for the commonest
// keys: a US patent number (`US` and up to eight digits, below 2^24) indexes a table of ids directly, with no
// hashing and no comparing of text. At ten million rows that look-up is most of the loader's work, and the table
// (4 bytes a number, its pages mapped only where numbers fall) is smaller than the hash slots it stands for.
#include "model/string_pool.h"

#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string_view>

namespace patlap {

class PatentPool {
public:
    // Where a key is looked up: a number below 2^24 (with `numbered` set) or a StringPool hash.
    using LookupKey = std::uint64_t;
    static LookupKey lookup_key(std::string_view key);
    static constexpr LookupKey numbered = LookupKey(1) << 32;

    StringId intern(std::string_view key) { return intern(key, lookup_key(key)); }
    StringId intern(std::string_view key, LookupKey lookup);
    StringId find(std::string_view key) const;  // npos when never interned
    std::string_view str(StringId id) const { return pool_.str(id); }
    std::size_t size() const { return pool_.size(); }
    void prefetch(LookupKey lookup) const {
        if (!(lookup & numbered)) pool_.prefetch(std::uint32_t(lookup));
        else if (by_number_) __builtin_prefetch(&by_number_[std::uint32_t(lookup)]);
    }

    // For a snapshot: every key's text, as StringPool::text() and text_offsets() give it, and back (the caller
    // checks the offsets as StringPool::from_text asks).
    const std::vector<char>& text() const { return pool_.text(); }
    const std::vector<std::uint32_t>& text_offsets() const { return pool_.text_offsets(); }
    static PatentPool from_text(std::vector<char> text, std::vector<std::uint32_t> offsets);

    static constexpr StringId npos = StringPool::npos;
    static constexpr std::uint32_t number_limit = 1u << 24;

private:
    struct Free {
        void operator()(std::uint32_t* p) const { std::free(p); }
    };
    StringPool pool_;  // every key's text; numbered keys are not in its hash slots
    // Id + 1 of each numbered key, 0 when absent; allocated zeroed on first use (calloc maps untouched pages).
    std::unique_ptr<std::uint32_t[], Free> by_number_;
};

}  // namespace patlap
