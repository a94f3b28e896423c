#include "io/transfer_loader.h"

#include "io/byte_source.h"
#include "io/csv_reader.h"
#include "io/input_error.h"
#include "model/party_name.h"
#include "model/patent_number.h"

#include <array>
#include <chrono>
#include <fmt/format.h>
#include <sys/stat.h>

namespace patlap {
namespace {

enum Column { deal_col, date_col, kind_col, from_col, to_col, patent_col, column_count };

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    return out;
}

// True for UTF-8 text without control characters other than tab.
bool looks_like_text(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            if (c < 0x20 && c != '\t') return false;
            ++i;
            continue;
        }
        std::size_t length = (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        if (length == 0 || i + length > s.size()) return false;
        for (std::size_t k = 1; k < length; ++k)
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
        i += length;
    }
    return true;
}

// What party_key accepts: some ASCII letter or digit, or any non-ASCII byte.
bool has_letter_or_digit(std::string_view s) {
    for (char ch : s) {
        auto c = static_cast<unsigned char>(ch);
        if (c >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) return true;
    }
    return false;
}

// A problem with one row; the loader decides whether it stops the load or is counted and skipped.
struct RowError {
    std::string message;
};

// Loads the rows of one input file into a dataset, interning as it goes.
class FileLoader {
public:
    FileLoader(Dataset& data, std::uint16_t file_index, const LoadOptions& options, LoadProgress& progress)
        : data_(data), file_index_(file_index), options_(options), progress_(progress) {}

    void load(const std::string& path) {
        ByteSource source(path);
        char delimiter = options_.delimiter.value_or(
            ends_with(path, ".tsv") || ends_with(path, ".tsv.gz") ? '\t' : ',');
        CsvReader reader(source, delimiter);
        CsvRecord record;
        if (!reader.next(record)) throw InputError(source.name(), 1, "empty file: expected a header row naming the columns "
                                                                     "deal, date, kind, from, to, patent");
        read_header(source.name(), record);
        std::uint64_t base_bytes = progress_.bytes_read;
        while (reader.next(record)) {
            ++data_.load.rows_read;
            try {
                add_row(record);
            } catch (const RowError& error) {
                if (!options_.skip_bad_rows) throw InputError(source.name(), record.line, error.message);
                ++data_.load.rows_skipped;
                if (data_.load.first_skip_reasons.size() < options_.skip_reasons_kept)
                    data_.load.first_skip_reasons.push_back(describe_location(source.name(), record.line, error.message));
            }
            if (pending_count_ == pending_.size()) flush_pending();
            if ((data_.load.rows_read & 0x3fff) == 0 && options_.progress) {
                progress_.rows = data_.load.rows_read;
                progress_.bytes_read = base_bytes + source.position();
                options_.progress(progress_);
            }
        }
        flush_pending();
        progress_.bytes_read = base_bytes + source.position();
        data_.load.bytes_read = progress_.bytes_read;
    }

private:
    void read_header(const std::string& name, const CsvRecord& header) {
        for (auto field : header.fields)
            if (!looks_like_text(field))
                throw InputError(name, header.line, "not a CSV file: the first line is not text (binary data?)");
        field_count_ = header.fields.size();
        column_index_.fill(SIZE_MAX);
        for (std::size_t i = 0; i < header.fields.size(); ++i) {
            std::string column = lower(trim(header.fields[i]));
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
        if (!missing.empty()) {
            std::string found;
            for (auto field : header.fields) found += fmt::format("{}\"{}\"", found.empty() ? "" : ", ", field.substr(0, 40));
            throw InputError(name, header.line,
                             fmt::format("missing required column(s): {} (the header must name deal, date, kind, from, "
                                         "to, patent; found: {})",
                                         missing, found));
        }
    }

    std::string_view field(const CsvRecord& record, Column c) const { return trim(record.fields[column_index_[c]]); }

    // A party name checked but not yet interned, so that a row found bad later leaves nothing behind.
    struct PendingParty {
        std::string_view name;
        StringPool::Lookup spelling{};
        std::string key;  // the key of a spelling not seen before
    };

    // The last spelling seen in a column: rows of one deal usually repeat it.
    struct RecentParty {
        std::string spelling;
        StringId spelling_id = StringPool::npos;
    };

    void check_party(const CsvRecord& record, Column c, PendingParty& party, const RecentParty& recent) const {
        party.name = field(record, c);
        if (recent.spelling_id != StringPool::npos && party.name == recent.spelling) {
            party.spelling.id = recent.spelling_id;
            return;
        }
        const char* column = required_columns[c];
        if (party.name.empty()) throw RowError{fmt::format("empty \"{}\" party", column)};
        if (!options_.with_parties) {
            if (!has_letter_or_digit(party.name))
                throw RowError{fmt::format("\"{}\" party \"{}\" has no letters or digits", column, party.name)};
            return;
        }
        party.spelling = data_.spellings.lookup(party.name);
        if (party.spelling.id == StringPool::npos && !party_key(party.name, party.key))
            throw RowError{fmt::format("\"{}\" party \"{}\" has no letters or digits", column, party.name)};
    }

    // `stale`: another spelling was inserted since the lookup, so it must be done again.
    PartyId intern_party(PendingParty& party, RecentParty& recent, bool& inserted, bool stale) {
        StringId spelling = party.spelling.id;
        if (spelling == StringPool::npos && stale) spelling = (party.spelling = data_.spellings.lookup(party.name)).id;
        if (spelling == StringPool::npos) {
            spelling = data_.spellings.insert(party.spelling, party.name);
            data_.spelling_party.push_back(data_.parties.intern(party.key));
            data_.spelling_count.push_back(0);
            inserted = true;
        }
        ++data_.spelling_count[spelling];
        if (recent.spelling_id != spelling) {
            recent.spelling_id = spelling;
            recent.spelling.assign(party.name);
        }
        return data_.spelling_party[spelling];
    }

    Date parse_row_date(std::string_view text) {
        if (!recent_date_text_.empty() && text == recent_date_text_) return recent_date_;
        auto date = parse_date(text);
        if (!date) {
            if (text.empty()) throw RowError{"empty \"date\""};
            throw RowError{fmt::format("bad date \"{}\" (expected a real day as YYYY-MM-DD or YYYYMMDD)", text)};
        }
        recent_date_text_.assign(text);
        recent_date_ = *date;
        return *date;
    }

    void add_row(const CsvRecord& record) {
        if (record.fields.size() != field_count_)
            throw RowError{fmt::format("expected {} fields as in the header, found {}", field_count_, record.fields.size())};
        std::string_view deal = field(record, deal_col);
        if (deal.empty()) throw RowError{"empty \"deal\""};
        Date date = parse_row_date(field(record, date_col));
        std::string_view kind_text = field(record, kind_col);
        auto kind = parse_transfer_kind(kind_text);
        if (!kind) throw RowError{fmt::format("unknown kind \"{}\" (valid: {})", kind_text, transfer_kind_list())};
        check_party(record, from_col, from_, recent_from_);
        check_party(record, to_col, to_, recent_to_);
        std::string_view patent_text = field(record, patent_col);
        if (patent_text.empty()) throw RowError{"empty \"patent\""};
        if (!normalize_patent(patent_text, patent_key_))
            throw RowError{fmt::format("patent \"{}\" has no letters or digits", patent_text)};

        Transfer& t = pending_[pending_count_].transfer;
        PendingRow& row = pending_[pending_count_++];
        row.deal_key.assign(deal);
        if (recent_deal_.empty() || deal != recent_deal_) {
            recent_deal_.assign(deal);
            row.deal_hash = StringPool::hash(deal);
            data_.deals.prefetch(row.deal_hash);
            row.new_deal = true;
        } else {
            row.new_deal = false;
        }
        row.patent_key.assign(patent_key_);
        row.patent_hash = StringPool::hash(patent_key_);
        data_.patents.prefetch(row.patent_hash);
        if (options_.with_parties) {
            bool inserted = false;
            t.from = intern_party(from_, recent_from_, inserted, false);
            t.to = intern_party(to_, recent_to_, inserted, inserted);
        } else {
            t.from = t.to = StringPool::npos;
        }
        t.date = date;
        t.kind = *kind;
        t.file = file_index_;
        t.line = std::uint32_t(record.line);
    }

    // Patents are interned a batch of rows at a time, after their hash slots were prefetched: with millions of
    // distinct patents every look-up misses the cache, and a batch lets the misses overlap.
    void flush_pending() {
        for (std::size_t i = 0; i < pending_count_; ++i) {
            PendingRow& row = pending_[i];
            if (row.new_deal) recent_deal_id_ = data_.deals.intern(row.deal_key, row.deal_hash);
            row.transfer.deal = recent_deal_id_;
            row.transfer.patent = data_.patents.intern(row.patent_key, row.patent_hash);
            data_.transfers.push_back(row.transfer);
        }
        pending_count_ = 0;
    }

    Dataset& data_;
    std::uint16_t file_index_;
    const LoadOptions& options_;
    LoadProgress& progress_;
    std::size_t field_count_ = 0;
    std::array<std::size_t, column_count> column_index_{};
    PendingParty from_, to_;
    struct PendingRow {
        Transfer transfer;
        std::string patent_key;
        std::uint32_t patent_hash;
        std::string deal_key;  // set when the deal differs from the previous row's
        std::uint32_t deal_hash;
        bool new_deal;
    };
    std::array<PendingRow, 32> pending_{};
    std::size_t pending_count_ = 0;
    RecentParty recent_from_, recent_to_;
    std::string recent_deal_;
    StringId recent_deal_id_ = StringPool::npos;
    std::string recent_date_text_;
    Date recent_date_ = 0;
    std::string patent_key_;
};

}  // namespace

Dataset load_transfers(const std::vector<std::string>& paths, const LoadOptions& options) {
    auto start = std::chrono::steady_clock::now();
    if (paths.size() > 65535) throw InputError(paths.front(), 0, "too many input files (at most 65535)");
    Dataset data;
    LoadProgress progress;
    std::uint64_t total_guess = 0;
    for (const auto& path : paths) {
        struct stat info {};
        if (path != "-" && stat(path.c_str(), &info) == 0 && S_ISREG(info.st_mode)) total_guess += std::uint64_t(info.st_size);
    }
    progress.bytes_total = total_guess;
    if (total_guess > 0) data.transfers.reserve(total_guess / 56);
    for (std::size_t i = 0; i < paths.size(); ++i) {
        data.files.push_back(paths[i] == "-" ? "<stdin>" : paths[i]);
        FileLoader(data, std::uint16_t(i), options, progress).load(paths[i]);
    }
    data.has_parties = options.with_parties;
    data.finish();
    data.load.load_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    progress.rows = data.load.rows_read;
    progress.done = true;
    if (options.progress) options.progress(progress);
    return data;
}

}  // namespace patlap
