#include "model/string_pool.h"

#include <cstring>

namespace patlap {
namespace {

// Reads eight bytes at a time and mixes them in (as in wyhash and its relatives); fast on the party names and
// patent numbers interned here.
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

constexpr std::size_t min_block = 1 << 20;

}  // namespace

StringPool::StringPool() : slots_(1024, Slot{0, npos}) {}

std::size_t StringPool::probe(std::string_view text, std::uint32_t hash) const {
    std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
        const Slot& slot = slots_[i];
        if (slot.id == npos) return i;
        if (slot.hash == hash && strings_[slot.id] == text) return i;
    }
}

StringId StringPool::find(std::string_view text) const { return slots_[probe(text, hash_text(text))].id; }

StringPool::Lookup StringPool::lookup(std::string_view text) const {
    std::uint32_t hash = hash_text(text);
    std::size_t slot = probe(text, hash);
    return {slots_[slot].id, slot, hash};
}

StringId StringPool::insert(const Lookup& absent, std::string_view text) {
    auto id = StringId(strings_.size());
    strings_.push_back(store(text));
    slots_[absent.slot] = Slot{absent.hash, id};
    if (strings_.size() * 2 > slots_.size()) grow();
    return id;
}

StringId StringPool::intern(std::string_view text) {
    Lookup found = lookup(text);
    return found.id != npos ? found.id : insert(found, text);
}

std::string_view StringPool::store(std::string_view text) {
    if (text.empty()) return {};
    if (block_used_ + text.size() > block_size_) {
        block_size_ = text.size() > min_block ? text.size() : min_block;
        blocks_.push_back(std::make_unique<char[]>(block_size_));
        block_used_ = 0;
    }
    char* dest = blocks_.back().get() + block_used_;
    std::memcpy(dest, text.data(), text.size());
    block_used_ += text.size();
    stored_bytes_ += text.size();
    return {dest, text.size()};
}

void StringPool::grow() {
    std::vector<Slot> old(slots_.size() * 2, Slot{0, npos});
    old.swap(slots_);
    std::size_t mask = slots_.size() - 1;
    for (const Slot& slot : old) {
        if (slot.id == npos) continue;
        std::size_t i = slot.hash & mask;
        while (slots_[i].id != npos) i = (i + 1) & mask;
        slots_[i] = slot;
    }
}

}  // namespace patlap
