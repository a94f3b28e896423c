#include "model/transfer_kind.h"

#include <array>

namespace patlap {
namespace {

constexpr std::array<TransferKind, transfer_kind_count> kinds = {
    TransferKind::assignment, TransferKind::employer, TransferKind::merger,
    TransferKind::name_change, TransferKind::correction, TransferKind::security,
    TransferKind::release, TransferKind::license, TransferKind::other,
};

constexpr std::array<std::string_view, transfer_kind_count> names = {
    "assignment", "employer", "merger", "name-change", "correction", "security", "release", "license", "other",
};

char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; }

bool equal_ignoring_case(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (ascii_lower(a[i]) != b[i]) return false;
    return true;
}

}  // namespace

std::optional<TransferKind> parse_transfer_kind(std::string_view text) {
    for (std::size_t i = 0; i < kinds.size(); ++i)  // the usual, lower-case spelling first
        if (text == names[i]) return kinds[i];
    for (std::size_t i = 0; i < kinds.size(); ++i)
        if (equal_ignoring_case(text, names[i])) return kinds[i];
    if (equal_ignoring_case(text, "licence")) return TransferKind::license;  // the British spelling
    return std::nullopt;
}

std::string_view kind_name(TransferKind kind) { return names[static_cast<std::size_t>(kind)]; }

std::span<const TransferKind> all_transfer_kinds() { return kinds; }

std::string_view transfer_kind_list() {
    return "assignment, employer, merger, name-change, correction, security, release, license, other";
}

}  // namespace patlap
