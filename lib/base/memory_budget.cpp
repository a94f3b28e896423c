#include "base/memory_budget.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <string>
#include <unistd.h>
#include <utility>

namespace patlap {

std::optional<std::uint64_t> parse_memory_size(std::string_view text) {
    std::size_t digits = 0;
    bool point = false;
    while (digits < text.size() && (std::isdigit(static_cast<unsigned char>(text[digits])) ||
                                    (text[digits] == '.' && !point))) {
        point = point || text[digits] == '.';
        ++digits;
    }
    std::string number(text.substr(0, digits));
    if (number.empty() || number == "." || number.back() == '.' || number.front() == '.') return std::nullopt;
    std::string_view unit = text.substr(digits);
    static constexpr std::array<std::pair<std::string_view, double>, 14> units{{
        {"", 1},
        {"B", 1},
        {"K", 0x1p10}, {"KiB", 0x1p10}, {"KB", 1e3},
        {"M", 0x1p20}, {"MiB", 0x1p20}, {"MB", 1e6},
        {"G", 0x1p30}, {"GiB", 0x1p30}, {"GB", 1e9},
        {"T", 0x1p40}, {"TiB", 0x1p40}, {"TB", 1e12},
    }};
    auto found = std::find_if(units.begin(), units.end(), [&](const auto& u) { return u.first == unit; });
    if (found == units.end()) return std::nullopt;
    double bytes = std::strtod(number.c_str(), nullptr) * found->second;
    if (!std::isfinite(bytes) || bytes < double(smallest_memory_budget) || bytes > 0x1p63) return std::nullopt;
    return std::uint64_t(bytes);
}

namespace {

// The cgroup (v2) limit of this process, when there is one.
std::optional<std::uint64_t> cgroup_limit() {
    std::ifstream file("/sys/fs/cgroup/memory.max");
    std::string value;
    if (!(file >> value) || value == "max") return std::nullopt;
    char* end = nullptr;
    unsigned long long limit = std::strtoull(value.c_str(), &end, 10);
    if (end != value.c_str() + value.size() || limit == 0) return std::nullopt;
    return limit;
}

}  // namespace

std::uint64_t default_memory_budget() {
    long pages = sysconf(_SC_PHYS_PAGES), page = sysconf(_SC_PAGESIZE);
    std::uint64_t physical = pages > 0 && page > 0 ? std::uint64_t(pages) * std::uint64_t(page) : std::uint64_t(1) << 32;
    if (auto limit = cgroup_limit()) physical = std::min(physical, *limit);
    return std::max(physical / 2, smallest_memory_budget);
}

}  // namespace patlap
