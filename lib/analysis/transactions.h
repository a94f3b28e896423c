#pragma once
// Recorded deals grouped into business transactions (docs/manual.md, "Transactions"): two deals are one
// transaction when they hold the same kind classes, the same `from` parties and the same `to` parties, and the
// later is dated within the window of the transaction's first date.
#include "model/dataset.h"

#include <cstdint>
#include <span>
#include <vector>

namespace patlap {

inline constexpr unsigned default_transaction_window = 31;  // days

// The classes a deal's kinds fall in, as bits: title moving (assignment, employer, merger, name-change,
// correction), lien (security), release, licence, other.
enum KindClass : std::uint8_t {
    title_class = 1,
    lien_class = 2,
    release_class = 4,
    licence_class = 8,
    other_class = 16,
};
std::uint8_t kind_classes(KindSet kinds);

struct TransactionGrouping {
    std::vector<std::uint32_t> transaction_of;  // per deal
    // Transaction t's deals: members[member_begin[t], member_begin[t + 1]), by date, then identifier; the first
    // names the transaction. Transactions are numbered in the order of their first deals' ids.
    std::vector<std::uint32_t> member_begin;
    std::vector<DealId> members;
    std::size_t count() const { return member_begin.empty() ? 0 : member_begin.size() - 1; }
    std::span<const DealId> members_of(std::uint32_t transaction) const {
        return {members.data() + member_begin[transaction], members.data() + member_begin[transaction + 1]};
    }
};

// Groups the deals of `data`, which must have parties: whole rows, or deal_patents_only with party sides.
// Linear in the deals and their parties, plus a sort of each hash bucket's few deals.
TransactionGrouping group_transactions(const Dataset& data, unsigned window_days);

}  // namespace patlap
