#include "analysis/dataset_stats.h"

namespace patlap {

DatasetStats compute_stats(const Dataset& data) {
    DatasetStats stats;
    stats.files = data.files.size();
    stats.bytes_read = data.load.bytes_read;
    stats.rows_read = data.load.rows_read;
    stats.records_read = data.load.records_read;
    stats.record_assignors = data.load.record_assignors;
    stats.record_assignees = data.load.record_assignees;
    stats.record_properties = data.load.record_properties;
    stats.rows_skipped = data.load.rows_skipped;
    stats.duplicate_rows = data.duplicates.size();
    stats.duplicate_records = data.load.duplicate_records;
    stats.records_short_of_properties = data.load.records_short_of_properties;
    stats.transfers = data.transfers.size();
    stats.deals = data.deals.size();
    stats.parties = data.parties.size();
    for (std::uint32_t count : data.spelling_count) stats.party_spellings += count > 0;  // not names from files
    stats.patents = data.patents.size();
    for (const Transfer& t : data.transfers) {
        ++stats.transfers_by_kind[static_cast<std::size_t>(t.kind)];
        if (stats.first_date == 0 || t.date < stats.first_date) stats.first_date = t.date;
        if (t.date > stats.last_date) stats.last_date = t.date;
    }
    stats.load_seconds = data.load.load_seconds;
    return stats;
}

void count_transactions(DatasetStats& stats, const TransactionGrouping& grouping) {
    stats.transactions = grouping.count();
    std::uint64_t shared = 0;
    for (std::uint32_t t = 0; t < grouping.count(); ++t)
        if (grouping.members_of(t).size() > 1) shared += grouping.members_of(t).size();
    stats.deals_in_shared_transactions = shared;
}

}  // namespace patlap
