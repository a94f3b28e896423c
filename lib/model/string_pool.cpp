#include "model/string_pool.h"

#include <cstring>

namespace patlap {
namespace {

// FNV-1a folded through a final mix: fast on the short strings interned here, and well spread.
std::uint32_t hash_text(std::string_view text) {
    std::uint64_t h = 1469598103934665603ull;
    for (unsigned char c : text) h = (h ^ c) * 1099511628211ull;
    h ^= h >> 29;
    h *= 0xbf58476d1ce4e5b9ull;
    h ^= h >> 32;
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

StringId StringPool::intern(std::string_view text) {
    std::uint32_t hash = hash_text(text);
    std::size_t i = probe(text, hash);
    if (slots_[i].id != npos) return slots_[i].id;
    auto id = StringId(strings_.size());
    strings_.push_back(store(text));
    slots_[i] = Slot{hash, id};
    if (strings_.size() * 2 > slots_.size()) grow();
    return id;
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
