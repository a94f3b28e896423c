#pragma once
// A dataset turned into one whose deals are transactions (transactions.h), so that every report runs on it
// unchanged; what stays of the recorded deals is who belongs to which transaction.
#include "analysis/transactions.h"
#include "model/dataset.h"

#include <span>
#include <string_view>

namespace patlap {

struct TransactionMembers {
    StringPool deals;  // the recorded deals' identifiers, under their ids before the merge
    TransactionGrouping grouping;
    // With carriers kept: per entry of the merged patent lists (patent_list_begin[t] + place), the places in
    // members_of(t) of the members whose patents include it: carriers[carrier_begin[e], carrier_begin[e + 1]).
    std::vector<std::uint32_t> carrier_begin;
    std::vector<std::uint32_t> carriers;

    std::span<const DealId> members_of(DealId transaction) const { return grouping.members_of(transaction); }
    std::string_view member_name(DealId member) const { return deals.str(member); }
    std::span<const std::uint32_t> carriers_of(const Dataset& data, DealId transaction, std::uint32_t place) const {
        std::size_t entry = data.patent_list_begin[transaction] + place;
        return {carriers.data() + carrier_begin[entry], carriers.data() + carrier_begin[entry + 1]};
    }
};

// Groups the deals of `data` (group_transactions) and merges each transaction into one deal: named after its
// first deal, with `+N` for a transaction of N deals ("41370/0790+2"); dated the earliest; its rows, patents,
// parties and kinds the union of its deals'; its conveyance text and reference its first deal's. Rows, roles,
// duplicate rows and record copies point to their transactions. With `carriers` (data loaded with
// deal_patents_only), which members carry each patent is kept.
TransactionMembers merge_into_transactions(Dataset& data, unsigned window_days, bool carriers = false);

}  // namespace patlap
