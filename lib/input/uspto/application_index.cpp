#include "input/uspto/application_index.h"

namespace patlap {
namespace {

std::uint64_t mix(std::uint64_t x) {
    x ^= x >> 31;
    x *= 0x7fb5d329728ea185ull;
    x ^= x >> 27;
    x *= 0x81dadef4bc2dd44dull;
    return x ^ (x >> 33);
}

}  // namespace

// `USAPP` and 1 to 8 digits: one plus the digit count less one in bits 27-29 (leading zeros count: `06026704` is
// not `6026704`) and the number below them. Anything else: the top bit, and the key's id in a string pool.
std::uint32_t ApplicationIndex::encode(std::string_view key) {
    constexpr std::string_view us = "USAPP";
    if (key.starts_with(us) && key.size() > us.size() && key.size() <= us.size() + 8) {
        std::uint32_t value = 0;
        bool digits = true;
        for (char c : key.substr(us.size())) {
            if (c < '0' || c > '9') {
                digits = false;
                break;
            }
            value = value * 10 + std::uint32_t(c - '0');
        }
        if (digits) return (std::uint32_t(key.size() - us.size() - 1) << 27 | value) + 1;
    }
    return 1u << 31 | other_keys_.intern(key);
}

ApplicationIndex::Slot& ApplicationIndex::find(std::string_view application_key) {
    std::uint32_t key = encode(application_key);
    for (;;) {
        std::size_t mask = slots_.size() - 1;
        std::size_t i = mix(key) & mask;
        while (slots_[i].key != 0 && slots_[i].key != key) i = (i + 1) & mask;
        if (slots_[i].key == key) return slots_[i];
        if ((size_ + 1) * 10 <= slots_.size() * 7) {  // linear probing stays short below 70% full
            ++size_;
            slots_[i].key = key;
            return slots_[i];
        }
        grow();
    }
}

void ApplicationIndex::grant(std::string_view application_key, PatentId patent) {
    Slot& slot = find(application_key);
    if (slot.value != empty && (slot.value & granted)) return;
    if (slot.value != empty) merges_.emplace_back(PatentId(slot.value), patent);
    slot.value = patent | granted;
}

void ApplicationIndex::grow() {
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    std::size_t mask = slots_.size() - 1;
    for (const Slot& slot : old) {
        if (slot.key == 0) continue;
        std::size_t i = mix(slot.key) & mask;
        while (slots_[i].key != 0) i = (i + 1) & mask;
        slots_[i] = slot;
    }
}

}  // namespace patlap
