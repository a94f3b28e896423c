#pragma once
// Checks the records of a transfer CSV as transfer rows: the header names the columns, and every field of a row is
// validated and normalised (dates, kinds, patent keys) into a ParsedRow, or the row is marked bad with what is
// wrong. A copy made after the header works on its own, so readers of parts of one file each take one.
#include "input/csv/csv_reader.h"
#include "input/csv/transfer_rows.h"

#include <array>
#include <cstddef>
#include <string>

namespace patlap {

class TransferRowChecker {
public:
    TransferRowChecker(const std::string& file_name, const LoadOptions& options, char delimiter)
        : file_name_(file_name), options_(&options), delimiter_(delimiter) {}

    // Reads the header; throws InputError when it does not name the required columns.
    void read_header(const CsvRecord& header);
    // Appends the record to the batch as a row: parsed, or bad with what is wrong.
    void add(const CsvRecord& record, RowBatch& batch);
    // The next row starts a deal (a reader starting part-way through a file knows no row before it).
    void forget_recent_deal() { recent_deal_.clear(); }

private:
    enum Column { deal_col, date_col, kind_col, from_col, to_col, patent_col, column_count };

    std::string delimiter_hint(const CsvRecord& header) const;
    std::string_view field(const CsvRecord& record, Column c) const;
    Date parse_row_date(std::string_view text);
    std::string_view check_party(const CsvRecord& record, Column c) const;
    void check_utf8(const CsvRecord& record) const;
    void check(const CsvRecord& record, RowBatch& batch, ParsedRow& row);

    std::string file_name_;
    const LoadOptions* options_;
    char delimiter_;
    std::size_t field_count_ = 0;
    std::array<std::size_t, column_count> column_index_{};
    std::string recent_deal_, recent_date_text_, patent_key_;
    Date recent_date_ = 0;
};

}  // namespace patlap
