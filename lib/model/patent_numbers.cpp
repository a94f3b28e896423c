#include "model/patent_numbers.h"

#include <algorithm>

namespace patlap {

// Bit 63: the kind. Bits 50-53: the digit count (leading zeros count: `USAPP06026704` is not `USAPP6026704`).
// Bits 0-49: the digits' value (below 10^15).
std::optional<std::uint64_t> PatentNumbers::encode_us(Kind kind, std::string_view key) {
    std::string_view prefix = kind == Kind::application ? "USAPP" : "US";
    if (!key.starts_with(prefix)) return std::nullopt;
    std::string_view digits = key.substr(prefix.size());
    if (digits.empty() || digits.size() > 15) return std::nullopt;
    std::uint64_t value = 0;
    for (char c : digits) {
        if (c < '0' || c > '9') return std::nullopt;
        value = value * 10 + std::uint64_t(c - '0');
    }
    return std::uint64_t(kind == Kind::publication) << 63 | std::uint64_t(digits.size()) << 50 | value;
}

void PatentNumbers::add(Kind kind, std::string_view key, PatentId patent) {
    std::optional<std::uint64_t> number = encode_us(kind, key);
    if (!number) {
        if (!other_keys_) other_keys_.emplace();
        number = std::uint64_t(kind == Kind::publication) << 63 | other_key | other_keys_->intern(key);
    }
    entries_.push_back({*number, patent});
}

void PatentNumbers::finish() {
    std::stable_sort(entries_.begin(), entries_.end(), [](const Entry& a, const Entry& b) { return a.number < b.number; });
    entries_.erase(std::unique(entries_.begin(), entries_.end(),
                               [](const Entry& a, const Entry& b) { return a.number == b.number; }),
                   entries_.end());
    entries_.shrink_to_fit();
}

PatentId PatentNumbers::find(Kind kind, std::string_view key) const {
    std::optional<std::uint64_t> number = encode_us(kind, key);
    if (!number) {
        StringId id = other_keys_ ? other_keys_->find(key) : StringPool::npos;
        if (id == StringPool::npos) return StringPool::npos;
        number = std::uint64_t(kind == Kind::publication) << 63 | other_key | id;
    }
    auto found = std::lower_bound(entries_.begin(), entries_.end(), *number,
                                  [](const Entry& entry, std::uint64_t n) { return entry.number < n; });
    return found != entries_.end() && found->number == *number ? found->patent : StringPool::npos;
}

}  // namespace patlap
