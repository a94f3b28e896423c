#include "output/stats_report.h"

#include <fmt/format.h>

namespace patlap {

Table stats_table(const DatasetStats& stats) {
    std::vector<Cells> rows;
    auto add = [&](std::string metric, std::string value) { rows.push_back({std::move(metric), std::move(value)}); };
    auto count = [&](std::string metric, std::uint64_t value) { add(std::move(metric), fmt::format("{}", value)); };
    count("files", stats.files);
    count("bytes_read", stats.bytes_read);
    count("rows_read", stats.rows_read);
    count("rows_skipped", stats.rows_skipped);
    count("records_read", stats.records_read);
    count("record_assignors", stats.record_assignors);
    count("record_assignees", stats.record_assignees);
    count("record_properties", stats.record_properties);
    count("duplicate_records", stats.duplicate_records);
    count("records_short_of_properties", stats.records_short_of_properties);
    count("duplicate_rows", stats.duplicate_rows);
    count("transfers", stats.transfers);
    count("deals", stats.deals);
    if (stats.transactions) {
        count("transactions", *stats.transactions);
        count("deals_in_shared_transactions", *stats.deals_in_shared_transactions);
    }
    count("parties", stats.parties);
    count("party_spellings", stats.party_spellings);
    count("patents", stats.patents);
    for (TransferKind kind : all_transfer_kinds())
        count(fmt::format("transfers_{}", kind_name(kind)), stats.transfers_by_kind[static_cast<std::size_t>(kind)]);
    add("first_date", format_date(stats.first_date));
    add("last_date", format_date(stats.last_date));
    add("load_seconds", fmt::format("{:.3f}", stats.load_seconds));
    Table table = table_of_rows({{"metric"}, nullable({"value", CellType::number_or_text})}, std::move(rows));
    table.as_object = true;
    return table;
}

}  // namespace patlap
