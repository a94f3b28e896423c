#pragma once
// Per application number seen in USPTO records: the patent granted on it and the patent id that rows naming the
// application alone were given, so that the loader can make an application and its patent one asset. Built for
// millions of applications: a US application key (`USAPP` and up to 16 digits) is stored as a number in a 16-byte
// slot, not as a string; other keys go through a string pool.
#include "model/string_pool.h"
#include "model/transfer.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace patlap {

class ApplicationIndex {
public:
    struct Entry {
        std::uint64_t key = 0;  // 0: an empty slot
        PatentId grant = StringPool::npos;
        PatentId alone = StringPool::npos;
    };

    // The entry of an application key (see property_keys), added when new.
    Entry& operator[](std::string_view application_key);

    template <class Visit>
    void for_each(Visit visit) const {
        for (const Entry& entry : slots_)
            if (entry.key != 0) visit(entry);
    }

private:
    std::uint64_t encode(std::string_view application_key);
    void grow();

    std::vector<Entry> slots_ = std::vector<Entry>(1024);
    std::size_t size_ = 0;
    StringPool other_keys_;
};

}  // namespace patlap
