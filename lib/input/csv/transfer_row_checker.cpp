#include "input/csv/transfer_row_checker.h"

#include "base/errors.h"
#include "base/text.h"
#include "base/utf8.h"
#include "model/patent_number.h"
#include "model/string_pool.h"

#include <fmt/format.h>

namespace patlap {
namespace {

// What is wrong with a row.
struct RowProblem {
    std::string message;
};

TextRef keep(RowBatch& batch, std::string_view text) {
    TextRef ref{std::uint32_t(batch.text.size()), std::uint32_t(text.size())};
    batch.text.append(text);
    return ref;
}

}  // namespace

void TransferRowChecker::read_header(const CsvRecord& header) {
    const std::string& name = file_name_;
    for (auto field : header.fields)
        if (!looks_like_text(field))
            throw InputError(name, header.line, "not a CSV file: the first line is not text (binary data?)");
    field_count_ = header.fields.size();
    column_index_.fill(SIZE_MAX);
    for (std::size_t i = 0; i < header.fields.size(); ++i) {
        std::string column = ascii_lower(trim_blanks(header.fields[i]));
        for (std::size_t c = 0; c < column_count; ++c) {
            if (column != required_columns[c]) continue;
            if (column_index_[c] != SIZE_MAX)
                throw InputError(name, header.line, fmt::format("column \"{}\" appears twice (columns {} and {})",
                                                                column, column_index_[c] + 1, i + 1));
            column_index_[c] = i;
        }
    }
    std::string missing;
    for (std::size_t c = 0; c < column_count; ++c)
        if (column_index_[c] == SIZE_MAX) missing += fmt::format("{}{}", missing.empty() ? "" : ", ", required_columns[c]);
    if (missing.size() == std::string_view("deal, date, kind, from, to, patent").size() &&
        delimiter_hint(header).empty())
        throw InputError(name, header.line,
                         fmt::format("not a recognised input: expected a transfer CSV (header naming deal, date, "
                                     "kind, from, to, patent), USPTO assignment XML or JSON, a Patent Assignment "
                                     "Dataset table (header with rf_id), or a zip archive of them; the first line has "
                                     "{} field(s) starting "
                                     "\"{}\"",
                                     header.fields.size(), header.fields.empty() ? "" : header.fields[0].substr(0, 40)));
    if (!missing.empty()) {
        std::string found;
        constexpr std::size_t listed = 10;  // a header of thousands of columns would make a message of pages
        for (std::size_t i = 0; i < header.fields.size() && i < listed; ++i)
            found += fmt::format("{}\"{}\"", i ? ", " : "", header.fields[i].substr(0, 40));
        if (header.fields.size() > listed) found += fmt::format(" and {} more", header.fields.size() - listed);
        throw InputError(name, header.line,
                         fmt::format("missing required column(s): {} (the header must name deal, date, kind, from, "
                                     "to, patent; found: {}){}",
                                     missing, found, delimiter_hint(header)));
    }
}

// A header read as one field that holds another usual separator was probably split with the wrong one.
std::string TransferRowChecker::delimiter_hint(const CsvRecord& header) const {
    if (header.fields.size() != 1) return {};
    for (char candidate : {',', '\t', ';', '|'})
        if (candidate != delimiter_ && header.fields[0].find(candidate) != std::string_view::npos)
            return candidate == '\t' ? "; is the file tab-separated? try --delimiter tab"
                                     : fmt::format("; is the file separated by '{}'? try --delimiter '{}'", candidate,
                                                   candidate);
    return {};
}

std::string_view TransferRowChecker::field(const CsvRecord& record, Column c) const {
    return trim_blanks(record.fields[column_index_[c]]);
}

void TransferRowChecker::add(const CsvRecord& record, RowBatch& batch) {
    if (batch.rows.empty()) batch.first_line = record.line;
    ParsedRow& row = batch.rows.emplace_back();
    row.line = std::uint32_t(record.line - batch.first_line);  // a batch is a few thousand rows
    row.bad = false;
    try {
        check(record, batch, row);
    } catch (const RowProblem& problem) {
        row.bad = true;
        row.problem = keep(batch, problem.message);
    }
}

Date TransferRowChecker::parse_row_date(std::string_view text) {
    if (!recent_date_text_.empty() && text == recent_date_text_) return recent_date_;
    auto date = parse_date(text);
    if (!date) {
        if (text.empty()) throw RowProblem{"empty \"date\""};
        throw RowProblem{fmt::format("bad date \"{}\" (expected a real day as YYYY-MM-DD or YYYYMMDD)", text)};
    }
    recent_date_text_.assign(text);
    recent_date_ = *date;
    return *date;
}

std::string_view TransferRowChecker::check_party(const CsvRecord& record, Column c) const {
    std::string_view name = field(record, c);
    const char* column = required_columns[c];
    if (name.empty()) throw RowProblem{fmt::format("empty \"{}\" party", column)};
    if (!has_letter_or_digit(name))
        throw RowProblem{fmt::format("\"{}\" party \"{}\" has no letters or digits", column, name)};
    return name;
}

// Text that is not UTF-8 (a Latin-1 export, say) would give keys that silently differ from the same names
// written in UTF-8 elsewhere: refuse it, saying where.
void TransferRowChecker::check_utf8(const CsvRecord& record) const {
    // One test for the whole row first: a row that is UTF-8 is so in every field, as fields end at ASCII bytes,
    // which are never part of a longer UTF-8 sequence.
    if (is_valid_utf8(record.text)) return;
    for (Column c : {deal_col, from_col, to_col, patent_col}) {
        std::string_view value = record.fields[column_index_[c]];
        std::size_t bad = find_invalid_utf8(value);
        if (bad != std::string_view::npos)
            throw RowProblem{fmt::format("\"{}\": {}", required_columns[c], describe_invalid_utf8(value, bad))};
    }
}

void TransferRowChecker::check(const CsvRecord& record, RowBatch& batch, ParsedRow& row) {
    if (record.fields.size() != field_count_)
        throw RowProblem{fmt::format("expected {} fields as in the header, found {}", field_count_, record.fields.size())};
    check_utf8(record);
    std::string_view deal = field(record, deal_col);
    if (deal.empty()) throw RowProblem{"empty \"deal\""};
    row.date = parse_row_date(field(record, date_col));
    std::string_view kind_text = field(record, kind_col);
    auto kind = parse_transfer_kind(kind_text);
    if (!kind) throw RowProblem{fmt::format("unknown kind \"{}\" (valid: {})", kind_text, transfer_kind_list())};
    row.kind = *kind;
    std::string_view from = check_party(record, from_col);
    std::string_view to = check_party(record, to_col);
    std::string_view patent = field(record, patent_col);
    if (patent.empty()) throw RowProblem{"empty \"patent\""};
    if (!is_plain_us_key(patent)) {
        if (!normalize_patent(patent, patent_key_))
            throw RowProblem{fmt::format("patent \"{}\" has no letters or digits", patent)};
        patent = patent_key_;
    }

    row.patent = keep(batch, patent);
    row.patent_lookup = PatentPool::lookup_key(patent);
    row.new_deal = recent_deal_.empty() || deal != recent_deal_;  // rows of one deal usually come together
    if (row.new_deal) {
        recent_deal_.assign(deal);
        batch.deal_starts.push_back({std::uint32_t(batch.rows.size() - 1), StringPool::hash(deal), keep(batch, deal)});
    }
    if (options_->with_parties) {
        row.from = keep(batch, from);
        row.to = keep(batch, to);
        row.from_hash = StringPool::hash(from);
        row.to_hash = StringPool::hash(to);
    }
}

}  // namespace patlap
