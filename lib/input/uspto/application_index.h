#pragma once
// Per application number seen in USPTO records: the patent granted on it or, until a grant is seen, the patent id
// that rows naming the application alone were given, so that the loader can make an application and its patent
// one asset. Built for millions of applications: a US application key (`USAPP` and up to 8 digits, as US
// application numbers are) is stored as a number in an 8-byte slot, not as a string; other keys go through a
// string pool.
#include "model/string_pool.h"
#include "model/transfer.h"

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace patlap {

class ApplicationIndex {
public:
    // The patent rows naming `application_key` alone get: the grant when one is known, else the application's
    // own patent id, made by `intern_alone()` the first time.
    template <class Intern>
    PatentId patent_alone(std::string_view application_key, Intern intern_alone) {
        Slot& slot = find(application_key);
        if (slot.value == empty) slot.value = intern_alone();
        return PatentId(slot.value & ~granted);
    }

    // Records that `patent` was granted on `application_key`. The first grant seen wins; an application that
    // rows named alone before is then merged into it (see merges()).
    void grant(std::string_view application_key, PatentId patent);

    // Pairs (the application's own patent id, the patent granted on it) for every application named alone
    // before its grant was seen.
    const std::vector<std::pair<PatentId, PatentId>>& merges() const { return merges_; }

private:
    static constexpr std::uint32_t empty = ~std::uint32_t(0);
    static constexpr std::uint32_t granted = 1u << 31;  // in `value`: the patent is the grant
    struct Slot {  // 8 bytes
        std::uint32_t key = 0;  // 0: an empty slot
        std::uint32_t value = empty;
    };

    Slot& find(std::string_view application_key);  // the key's slot, added when new
    std::uint32_t encode(std::string_view application_key);
    void grow();

    std::vector<Slot> slots_ = std::vector<Slot>(1024);
    std::size_t size_ = 0;
    StringPool other_keys_;
    std::vector<std::pair<PatentId, PatentId>> merges_;
};

}  // namespace patlap
