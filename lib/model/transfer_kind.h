#pragma once
// What a recorded transfer does: moves title, grants a lien or a licence, or something else.
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace patlap {

enum class TransferKind : std::uint8_t {
    assignment,
    employer,     // inventor to employer
    merger,
    name_change,
    correction,
    security,     // lien granted to `to`
    release,      // lien released by `from`
    license,      // rights granted to `to`
    other,
};

inline constexpr std::size_t transfer_kind_count = 9;

// Case-insensitive; accepts the names listed by all_transfer_kinds().
std::optional<TransferKind> parse_transfer_kind(std::string_view text);

std::string_view kind_name(TransferKind kind);

std::span<const TransferKind> all_transfer_kinds();

// "assignment, employer, ..." for error messages and help.
std::string_view transfer_kind_list();

// Title-moving kinds: after such a transfer the owner of record is its `to` party.
constexpr bool moves_title(TransferKind kind) {
    return kind == TransferKind::assignment || kind == TransferKind::employer || kind == TransferKind::merger ||
           kind == TransferKind::name_change || kind == TransferKind::correction;
}

// A set of kinds as a bit mask, bit i for the kind with value i.
using KindSet = std::uint16_t;
constexpr KindSet kind_bit(TransferKind kind) { return KindSet(1u << unsigned(kind)); }

}  // namespace patlap
