#pragma once
// How much memory a command's answer may hold before it spills to disk (--memory SIZE).
#include <cstdint>
#include <optional>
#include <string_view>

namespace patlap {

// The smallest budget accepted: below it every run spilled would be a few pages, and the merge all seeks.
inline constexpr std::uint64_t smallest_memory_budget = 64 * 1024;

// Bytes, from a size such as 4G, 500M, 1.5GiB, 64KiB or 1048576: K, M, G, T (with or without iB) are powers of
// 1024, KB, MB, GB, TB powers of 1000, B or no unit bytes. Nothing when the text is not such a size, or is below
// smallest_memory_budget or above 2^63 bytes.
std::optional<std::uint64_t> parse_memory_size(std::string_view text);

// Half of what the process may use: the physical memory, or the cgroup's limit (memory.max) when lower.
std::uint64_t default_memory_budget();

}  // namespace patlap
