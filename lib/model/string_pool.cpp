#include "model/string_pool.h"

#include <cstring>
#include <stdexcept>

namespace patlap {
namespace {

// Reads eight bytes at a time and mixes them in (as in wyhash and its relatives).
std::uint32_t hash_text(std::string_view text) {
    constexpr std::uint64_t k = 0x9E3779B97F4A7C15ull;
    std::uint64_t h = text.size() * k;
    const char* p = text.data();
    std::size_t n = text.size();
    for (; n >= 8; p += 8, n -= 8) {
        std::uint64_t word;
        std::memcpy(&word, p, 8);
        h = (h ^ word) * k;
        h ^= h >> 29;
    }
    if (n > 0) {
        std::uint64_t word = 0;
        std::memcpy(&word, p, n);
        h = (h ^ word) * k;
    }
    h ^= h >> 32;
    h *= 0xbf58476d1ce4e5b9ull;
    h ^= h >> 29;
    return std::uint32_t(h);
}

constexpr std::size_t inline_bytes = 24;

}  // namespace

StringPool::StringPool() : slots_(1024, Slot{{0, 0, 0}, 0, npos}), offsets_(1, 0) {}

StringPool::Slot StringPool::make_key(std::string_view text, std::uint32_t hash) {
    Slot key{{0, 0, 0}, tag_of(hash, text.size()), npos};
    // An empty string may have no storage at all (a pool whose text is empty), and memcpy takes no null pointer.
    if (!text.empty()) std::memcpy(key.head, text.data(), text.size() < inline_bytes ? text.size() : inline_bytes);
    return key;
}

std::size_t StringPool::probe(std::string_view text, const Slot& key, std::uint32_t hash) const {
    std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
        const Slot& slot = slots_[i];
        if (slot.id == npos) return i;
        if (slot.tag != key.tag || slot.head[0] != key.head[0] || slot.head[1] != key.head[1] ||
            slot.head[2] != key.head[2])
            continue;
        // Same length and first 24 bytes: strings that short are equal without looking further.
        if (text.size() <= inline_bytes) return i;
        std::size_t length = offsets_[slot.id + 1] - offsets_[slot.id];
        if (length == text.size() && std::memcmp(bytes_.data() + offsets_[slot.id], text.data(), length) == 0) return i;
    }
}

StringPool::Lookup StringPool::lookup(std::string_view text, std::uint32_t hash) const {
    std::size_t slot = probe(text, make_key(text, hash), hash);
    return {slots_[slot].id, slot, hash};
}

StringId StringPool::find(std::string_view text) const { return lookup(text).id; }

StringId StringPool::append(std::string_view text) {
    if (bytes_.size() + text.size() > UINT32_MAX) throw std::length_error("more than 4 GiB of distinct strings");
    auto id = StringId(size());
    bytes_.insert(bytes_.end(), text.begin(), text.end());
    offsets_.push_back(std::uint32_t(bytes_.size()));
    return id;
}

StringId StringPool::insert(const Lookup& absent, std::string_view text) {
    StringId id = append(text);
    Slot& slot = slots_[absent.slot];
    slot = make_key(text, absent.hash);
    slot.id = id;
    if (++indexed_ * 10 > slots_.size() * 7) grow();  // linear probing stays short below 70% full
    return id;
}

StringPool StringPool::from_text(std::vector<char> text, std::vector<std::uint32_t> offsets, IndexTest indexed) {
    StringPool pool;
    pool.bytes_ = std::move(text);
    pool.offsets_ = std::move(offsets);
    std::size_t slots = pool.slots_.size();
    while (pool.size() * 10 > slots * 7) slots *= 2;
    pool.slots_.assign(slots, Slot{{0, 0, 0}, 0, npos});
    // Hashed first, so that each slot can be fetched a few strings ahead of its insert and the cache misses
    // overlap.
    std::vector<std::uint32_t> hashes(pool.size());
    for (StringId id = 0; id < pool.size(); ++id) hashes[id] = hash_text(pool.str(id));
    constexpr StringId ahead = 16;
    for (StringId id = 0; id < pool.size(); ++id) {
        if (id + ahead < pool.size()) pool.prefetch(hashes[id + ahead]);
        std::string_view s = pool.str(id);
        if (indexed && !indexed(s)) continue;
        std::uint32_t h = hashes[id];
        std::size_t slot = pool.probe(s, make_key(s, h), h);
        if (pool.slots_[slot].id != npos) continue;
        pool.slots_[slot] = make_key(s, h);
        pool.slots_[slot].id = id;
        ++pool.indexed_;
    }
    return pool;
}

std::uint32_t StringPool::hash(std::string_view text) { return hash_text(text); }

StringId StringPool::intern(std::string_view text, std::uint32_t hash) {
    std::size_t slot = probe(text, make_key(text, hash), hash);
    if (slots_[slot].id != npos) return slots_[slot].id;
    return insert(Lookup{npos, slot, hash}, text);
}

StringId StringPool::intern(std::string_view text) { return intern(text, hash_text(text)); }

void StringPool::grow() {
    // Plain pages: asking for huge pages (madvise) makes the kernel zero each one on first touch, which costs
    // more system time than the page walks it saves (docs/benchmarks.md).
    std::vector<Slot> old(slots_.size() * 2, Slot{{0, 0, 0}, 0, npos});
    old.swap(slots_);
    std::size_t mask = slots_.size() - 1;
    for (const Slot& slot : old) {
        if (slot.id == npos) continue;
        // The tag keeps the low 24 bits of the hash, all that indexing needs below 16M slots.
        std::size_t i = (mask <= 0xFFFFFF ? slot.tag : hash_text(str(slot.id))) & mask;
        while (slots_[i].id != npos) i = (i + 1) & mask;
        slots_[i] = slot;
    }
}

}  // namespace patlap
