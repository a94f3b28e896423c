#pragma once
// Ids ranked by their names, in byte order: what every report sorts by so that its output is the same whatever
// order the rows came in. Built for millions of names: each is read once for a 12-byte head, the ids are sorted
// as single 128-bit integers (the head, then the id), and only runs of names sharing a head are compared whole.
#include <algorithm>
#include <cstdint>
#include <string_view>
#include <vector>

namespace patlap {

struct NameOrder {
    std::vector<std::uint32_t> rank;   // per id: its place in the order
    std::vector<std::uint32_t> by_rank;  // per place: the id
};

// `name(id)` gives id's name for ids 0 .. count - 1; the names must be distinct (interned), so the order is total.
template <class Name>
NameOrder rank_by_name(std::size_t count, Name name) {
    __extension__ using Key = unsigned __int128;  // bytes 0-11 of the name, then the id
    auto big_endian = [](std::string_view s, std::size_t from, std::size_t bytes) {
        std::uint64_t value = 0;
        for (std::size_t i = 0; i < bytes; ++i)
            value = value << 8 | (from + i < s.size() ? static_cast<unsigned char>(s[from + i]) : 0);
        return value;
    };
    std::vector<Key> keys(count);
    for (std::uint32_t id = 0; id < count; ++id) {
        std::string_view text = name(id);
        keys[id] = Key(big_endian(text, 0, 8)) << 64 | Key(big_endian(text, 8, 4)) << 32 | id;
    }
    std::sort(keys.begin(), keys.end());
    auto head = [](Key key) { return key >> 32; };
    auto id_of = [](Key key) { return std::uint32_t(key); };
    for (std::size_t first = 0; first < keys.size();) {
        std::size_t last = first + 1;
        while (last < keys.size() && head(keys[last]) == head(keys[first])) ++last;
        if (last - first > 1)
            std::sort(keys.begin() + std::ptrdiff_t(first), keys.begin() + std::ptrdiff_t(last),
                      [&](Key a, Key b) { return name(id_of(a)) < name(id_of(b)); });
        first = last;
    }
    NameOrder order;
    order.by_rank.resize(count);
    order.rank.resize(count);
    for (std::uint32_t place = 0; place < count; ++place) {
        order.by_rank[place] = id_of(keys[place]);
        order.rank[id_of(keys[place])] = place;
    }
    return order;
}

}  // namespace patlap
