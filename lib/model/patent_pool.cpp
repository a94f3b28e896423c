#include "model/patent_pool.h"

#include "model/patent_number.h"

#include <new>

namespace patlap {

PatentPool::LookupKey PatentPool::lookup_key(std::string_view key) {
    // A plain US key of up to eight digits is one key for each number.
    if (key.size() <= 10 && is_plain_us_key(key)) {
        std::uint32_t number = 0;
        for (char digit : key.substr(2)) number = number * 10 + std::uint32_t(digit - '0');
        if (number < number_limit) return numbered | number;
    }
    return StringPool::hash(key);
}

StringId PatentPool::intern(std::string_view key, LookupKey lookup) {
    if (!(lookup & numbered)) return pool_.intern(key, std::uint32_t(lookup));
    if (!by_number_) {
        by_number_.reset(static_cast<std::uint32_t*>(std::calloc(number_limit, sizeof(std::uint32_t))));
        if (!by_number_) throw std::bad_alloc();
    }
    std::uint32_t& slot = by_number_[std::uint32_t(lookup)];
    if (slot == 0) slot = pool_.append(key) + 1;
    return slot - 1;
}

PatentPool PatentPool::from_text(std::vector<char> text, std::vector<std::uint32_t> offsets) {
    PatentPool patents;
    patents.pool_ = StringPool::from_text(std::move(text), std::move(offsets),
                                          [](std::string_view key) { return !(lookup_key(key) & numbered); });
    for (StringId id = 0; id < patents.size(); ++id) {
        LookupKey lookup = lookup_key(patents.str(id));
        if (!(lookup & numbered)) continue;
        if (!patents.by_number_) {
            patents.by_number_.reset(static_cast<std::uint32_t*>(std::calloc(number_limit, sizeof(std::uint32_t))));
            if (!patents.by_number_) throw std::bad_alloc();
        }
        std::uint32_t& slot = patents.by_number_[std::uint32_t(lookup)];
        if (slot == 0) slot = id + 1;
    }
    return patents;
}

StringId PatentPool::find(std::string_view key) const {
    LookupKey lookup = lookup_key(key);
    if (!(lookup & numbered)) return pool_.find(key);
    return by_number_ ? by_number_[std::uint32_t(lookup)] - 1 : npos;  // 0 - 1 is npos
}

}  // namespace patlap
