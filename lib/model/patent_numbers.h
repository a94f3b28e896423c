#pragma once
// The other numbers a patent is known by in USPTO records: the application it was filed as (`USAPP14678893`) and
// the publication that made it public (`US20150215460`), each mapped to the patent the loader keyed it under
// (its grant, else its application). Lets an analyst's application or publication number find the patent.
// Filled only on request (LoadOptions::with_patent_numbers). Built for millions of numbers: a US number is kept
// as an integer, 16 bytes an entry in one sorted array; other keys go through a string pool.
#include "model/string_pool.h"
#include "model/transfer.h"

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace patlap {

class PatentNumbers {
public:
    enum class Kind { application, publication };

    // Notes that `key` (an application key as the loader makes it, or a publication's patent key) names
    // `patent`. The first patent a number is given for keeps it, as the loader's application merge does.
    void add(Kind kind, std::string_view key, PatentId patent);
    // Sorts what was added, keeping the first patent of each number; call once, after the last add().
    void finish();
    // The patent `key` names, or npos (after finish()).
    PatentId find(Kind kind, std::string_view key) const;
    bool empty() const { return entries_.empty(); }

    // Gives every patent a new id (the loader's renumbering after merging applications into their grants).
    template <class Renumber>
    void renumber(Renumber renumber_patent) {
        for (Entry& entry : entries_) renumber_patent(entry.patent);
    }

    struct Entry {
        std::uint64_t number;  // see encode_us()
        PatentId patent;
    };
    // For a snapshot: the sorted entries and the keys that are not US numbers, and back (the caller checks that
    // the entries are sorted and distinct, and name patents and keys that exist).
    const std::vector<Entry>& entries() const { return entries_; }
    const StringPool* other_keys() const { return other_keys_ ? &*other_keys_ : nullptr; }
    static PatentNumbers from_parts(std::vector<Entry> entries, std::optional<StringPool> other_keys) {
        PatentNumbers numbers;
        numbers.entries_ = std::move(entries);
        numbers.other_keys_ = std::move(other_keys);
        return numbers;
    }
    static constexpr std::uint64_t other_key = std::uint64_t(1) << 62;

private:
    // `USAPP` or `US` and up to 15 digits as the digits' value and count; any other key as its id in other_keys_.
    static std::optional<std::uint64_t> encode_us(Kind kind, std::string_view key);

    std::vector<Entry> entries_;
    std::optional<StringPool> other_keys_;  // made on first use
};

}  // namespace patlap
