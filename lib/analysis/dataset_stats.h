#pragma once
// Counts that describe a loaded data set: what `patlap stats` prints.
#include "analysis/transactions.h"
#include "model/dataset.h"

#include <array>
#include <cstdint>
#include <optional>

namespace patlap {

struct DatasetStats {
    std::uint64_t files = 0;
    std::uint64_t bytes_read = 0;
    std::uint64_t rows_read = 0;
    std::uint64_t rows_skipped = 0;
    std::uint64_t records_read = 0, record_assignors = 0, record_assignees = 0, record_properties = 0;  // USPTO input
    std::uint64_t duplicate_records = 0;  // USPTO input
    std::uint64_t records_short_of_properties = 0;  // USPTO input
    std::uint64_t duplicate_rows = 0;
    std::uint64_t transfers = 0;  // distinct rows kept
    std::uint64_t deals = 0;
    // With --transactions: the transactions the deals form, and the deals that share theirs with another.
    std::optional<std::uint64_t> transactions, deals_in_shared_transactions;
    std::uint64_t parties = 0;
    std::uint64_t party_spellings = 0;
    std::uint64_t patents = 0;
    std::array<std::uint64_t, transfer_kind_count> transfers_by_kind{};
    Date first_date = 0, last_date = 0;
    double load_seconds = 0;
};

DatasetStats compute_stats(const Dataset& data);
void count_transactions(DatasetStats& stats, const TransactionGrouping& grouping);

}  // namespace patlap
