#include "input/uspto/pad_reader.h"

#include "base/two_threads.h"
#include "base/worker.h"

#include "input/byte_source.h"
#include "input/csv/csv_reader.h"
#include "base/errors.h"
#include "base/text.h"
#include "base/utf8.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <filesystem>
#include <fmt/format.h>
#include <initializer_list>
#include <limits>
#include <unordered_map>

namespace patlap {
namespace {

constexpr std::array<std::string_view, pad_table_count> table_names = {
    "assignment", "assignor", "assignee", "documentid", "assignment_conveyance", "documentid_admin"};

// The tables read, in the order they are looked for in a directory and reported.
constexpr PadTable read_tables[] = {PadTable::assignment, PadTable::assignor, PadTable::assignee, PadTable::documentid,
                                    PadTable::assignment_conveyance};
constexpr std::size_t read_table_count = std::size(read_tables);

// The columns read from each table, rf_id first; a column missing from the header reads as empty.
constexpr std::string_view assignment_columns[] = {"rf_id", "reel_no", "frame_no", "convey_text", "record_dt"};
constexpr std::string_view assignor_columns[] = {"rf_id", "or_name", "exec_dt"};
constexpr std::string_view assignee_columns[] = {"rf_id", "ee_name"};
constexpr std::string_view documentid_columns[] = {"rf_id",         "grant_doc_num", "appno_doc_num", "pgpub_doc_num",
                                                   "grant_country", "appno_country", "pgpub_country"};
constexpr std::string_view conveyance_columns[] = {"rf_id", "convey_ty", "employer_assign"};
constexpr std::size_t max_columns = 7;

std::span<const std::string_view> columns_of(PadTable table) {
    switch (table) {
        case PadTable::assignment: return assignment_columns;
        case PadTable::assignor: return assignor_columns;
        case PadTable::assignee: return assignee_columns;
        case PadTable::documentid: return documentid_columns;
        case PadTable::assignment_conveyance: return conveyance_columns;
        case PadTable::documentid_admin: break;
    }
    return {};
}

// True when `text` equals `lower` (lower-case ASCII) ignoring the case of ASCII letters.
bool equals_lower(std::string_view text, std::string_view lower) {
    if (text.size() != lower.size()) return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
        if (c != lower[i]) return false;
    }
    return true;
}

// A field as the PAD writes it: blanks trimmed; NULL (any case) and \N (a database export's null) mean missing.
std::string_view clean(std::string_view text) {
    text = trim_blanks(text);
    if (equals_lower(text, "null") || text == "\\N") return {};
    return text;
}

bool all_digits(std::string_view text) {
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A whole number written with a trailing ".0" (a Stata export writes integers so) without it.
std::string_view without_point_zero(std::string_view text) {
    std::size_t point = text.rfind('.');
    if (point == std::string_view::npos || point == 0 || point + 1 == text.size()) return text;
    if (!all_digits(text.substr(0, point))) return text;
    for (char c : text.substr(point + 1))
        if (c != '0') return text;
    return text.substr(0, point);
}

std::optional<std::uint64_t> parse_whole_number(std::string_view text) {
    text = without_point_zero(text);
    if (!all_digits(text) || text.size() > 19) return std::nullopt;
    std::uint64_t value = 0;
    for (char c : text) value = value * 10 + std::uint64_t(c - '0');
    return value;
}

// A PAD date: YYYY-MM-DD, with or without a time part ("1980-08-05 00:00:00"), or YYYYMMDD; anything else
// (0000-00-00, 2019-02-30, NULL, a Stata date such as 05aug1980) is 0.
Date parse_pad_date(std::string_view text) {
    text = without_point_zero(clean(text));
    if (text.size() > 10 && (text[10] == ' ' || text[10] == 'T')) text = text.substr(0, 10);
    return parse_date(text).value_or(0);
}

// A document number, or empty for none (missing, or all zeros: the PAD writes 0 for no grant).
std::string_view document_number(std::string_view text) {
    text = without_point_zero(clean(text));
    if (!text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c == '0'; })) return {};
    return text;
}

constexpr std::uint8_t no_kind = 0xFF;

// The PAD's convey_ty as a kind code: its ten categories, and patlap's own names for two of them; no_kind when
// the cell is empty, unknown_kind for any other value.
constexpr std::uint8_t unknown_kind = 0xFE;
constexpr std::string_view convey_ty_values = "assignment, employee, namechg, merger, govern, security, release, "
                                               "correct, other, missing";
std::uint8_t kind_code(std::string_view convey_ty) {
    static constexpr std::pair<std::string_view, TransferKind> kinds[] = {
        {"assignment", TransferKind::assignment}, {"employee", TransferKind::employer},
        {"namechg", TransferKind::name_change},   {"merger", TransferKind::merger},
        {"govern", TransferKind::license},        {"security", TransferKind::security},
        {"release", TransferKind::release},       {"correct", TransferKind::correction},
        {"other", TransferKind::other},           {"missing", TransferKind::other},
        {"employer", TransferKind::employer},     {"license", TransferKind::license},
    };
    if (convey_ty.empty()) return no_kind;
    for (auto [name, kind] : kinds)
        if (equals_lower(convey_ty, name)) return std::uint8_t(kind);
    return unknown_kind;
}

// Text kept from one table: pieces stored one after another in blocks that never move, so a growing table costs
// no copy of everything read so far. A place is (block << 32) | offset.
class TextArena {
public:
    // Stores the pieces one after another; returns where the first starts.
    std::uint64_t add(std::initializer_list<std::string_view> pieces) {
        std::size_t total = 0;
        for (auto piece : pieces) total += piece.size();
        if (blocks_.empty() || capacity_ - used_ < total) {
            capacity_ = std::max(block_bytes, total);
            blocks_.push_back(std::make_unique<char[]>(capacity_));
            used_ = 0;
        }
        std::uint64_t at = (std::uint64_t(blocks_.size() - 1) << 32) | used_;
        char* out = blocks_.back().get() + used_;
        for (auto piece : pieces) out = std::copy(piece.begin(), piece.end(), out);
        used_ += total;
        return at;
    }

    const char* at(std::uint64_t place) const { return blocks_[place >> 32].get() + (place & 0xFFFFFFFFu); }

private:
    static constexpr std::size_t block_bytes = 4u << 20;
    std::vector<std::unique_ptr<char[]>> blocks_;
    std::size_t used_ = 0, capacity_ = 0;
};

// Short fields (reel, frame, document numbers, countries) are kept up to this length; a longer one is no real
// value, and its row is a bad row rather than a value cut short (two numbers cut alike would be one patent).
constexpr std::size_t max_short_field = 255;
std::string_view clip(std::string_view text) { return text.substr(0, max_short_field); }

// The columns of a table that hold short fields, by their index in columns_of().
std::span<const std::size_t> short_columns_of(PadTable table) {
    static constexpr std::size_t assignment[] = {1, 2}, documentid[] = {1, 2, 3, 4, 5, 6};
    switch (table) {
        case PadTable::assignment: return assignment;
        case PadTable::documentid: return documentid;
        default: return {};
    }
}

// The rows kept from each table, as small as they can be: the real tables have tens of millions of rows. An rf_id
// fits 32 bits (the PAD's are reel * 10000 + frame, under 10^9), and so does a line number.
struct AssignmentRow {
    std::uint32_t rf_id, line;
    std::uint64_t text;        // reel, frame
    std::uint32_t conveyance;  // index into the distinct conveyance texts
    Date recorded;
    std::uint8_t reel_length, frame_length;
};

struct PartyRow {
    std::uint32_t rf_id, line;
    std::uint64_t text;  // the name
    std::uint32_t name_length;
    Date date;
};

struct DocumentRow {
    std::uint32_t rf_id, line;
    std::uint64_t text;  // grant, application, publication, country
    std::uint8_t grant_length, application_length, publication_length, country_length;
};

struct ConveyanceRow {
    std::uint32_t rf_id, line;
    std::uint8_t kind;
    std::uint8_t by_inventors;  // employer_assign: 0, 1, or no_flag when empty
};
constexpr std::uint8_t no_flag = 2;

// A row left out of the join: its fields do not line up with the header, or its rf_id cannot be read.
struct BadRow {
    enum Reason : std::uint8_t {
        wrong_field_count,
        no_rf_id,
        rf_id_not_a_number,
        rf_id_too_large,
        field_too_long,
        not_utf8,  // text: the problem, as it is to be said
    };
    std::uint64_t line, text;  // text: the rf_id as written (clipped)
    std::uint32_t text_length, field_count;  // field_too_long: the column's index in field_count
    PadTable table;
    Reason reason;
    std::size_t length = 0;  // field_too_long: the field's length
};

template <typename Row>
void sort_by_rf_id(std::vector<Row>& rows) {
    // Lines are unique within a table, so ordering by (rf_id, line) keeps file order among equal rf_ids, as a
    // stable sort would, without its buffer.
    auto before = [](const Row& a, const Row& b) {
        return (std::uint64_t(a.rf_id) << 32 | a.line) < (std::uint64_t(b.rf_id) << 32 | b.line);
    };
    if (!std::is_sorted(rows.begin(), rows.end(), before)) std::sort(rows.begin(), rows.end(), before);
}

// The file-name part of a path, for messages ("assignor.csv").
std::string file_name_of(const std::string& path) {
    std::string name = std::filesystem::path(path).filename().string();
    return name.empty() ? path : name;
}

std::string header_summary(const CsvRecord& header) {
    std::string out;
    std::size_t shown = std::min<std::size_t>(header.fields.size(), 8);
    for (std::size_t i = 0; i < shown; ++i)
        out += fmt::format("{}\"{}\"", i ? ", " : "", trim_blanks(header.fields[i]).substr(0, 40));
    if (shown < header.fields.size()) out += fmt::format(" and {} more", header.fields.size() - shown);
    return out;
}

}  // namespace

std::string_view pad_table_name(PadTable table) { return table_names[std::size_t(table)]; }

std::vector<PadTableFile> pad_table_files(const std::string& directory) {
    std::vector<PadTableFile> files;
    for (PadTable t : read_tables) {
        for (const char* suffix : {".csv", ".csv.gz"}) {
            std::filesystem::path file = std::filesystem::path(directory) / fmt::format("{}{}", pad_table_name(t), suffix);
            std::error_code error;
            if (std::filesystem::exists(file, error)) files.push_back({t, file.string()});
        }
    }
    return files;
}

std::optional<PadTable> pad_table_of(std::span<const std::string_view> header) {
    auto has = [&](std::string_view column) {
        return std::any_of(header.begin(), header.end(),
                           [&](std::string_view field) { return equals_lower(trim_blanks(field), column); });
    };
    if (!has("rf_id")) return std::nullopt;
    std::optional<PadTable> found;
    int fits = 0;
    auto fit = [&](bool condition, PadTable table) {
        if (!condition) return;
        found = table;
        ++fits;
    };
    bool admin = has("admin_appl_id_for_grant") || has("admin_pat_no_for_appno");
    fit(has("reel_no") && has("frame_no"), PadTable::assignment);
    fit(has("or_name"), PadTable::assignor);
    fit(has("ee_name"), PadTable::assignee);
    fit(!admin && (has("appno_doc_num") || has("grant_doc_num")), PadTable::documentid);
    fit(has("convey_ty"), PadTable::assignment_conveyance);
    fit(admin, PadTable::documentid_admin);
    return fits == 1 ? found : std::nullopt;
}

struct PadReader::Impl {
    struct Table {
        std::string path, file_name;
        std::unique_ptr<ByteSource> source;  // open from the header until the table is read
        std::unique_ptr<CsvReader> reader;
        std::size_t field_count = 0;
        std::array<std::size_t, max_columns> column{};  // field index of each column read; SIZE_MAX when absent
        TextArena text;

        bool given() const { return !path.empty(); }
        std::string_view field(const CsvRecord& record, std::size_t c) const {
            return column[c] == SIZE_MAX ? std::string_view() : clean(record.fields[column[c]]);
        }
    };

    // A problem record waiting to be yielded.
    struct Problem {
        PadTable table;
        std::uint64_t line;
        std::string message;
    };

    struct TextRef {
        std::uint64_t place;
        std::uint32_t length;
    };

    std::array<Table, read_table_count> tables;
    std::vector<AssignmentRow> assignments;
    std::vector<PartyRow> assignors, assignees;
    std::vector<DocumentRow> documents;
    std::vector<ConveyanceRow> conveyances;
    std::vector<BadRow> bad_rows;
    // The conveyance texts, each kept once (in the assignment table's arena): a few texts make up most records.
    std::vector<TextRef> conveyance_texts;
    std::unordered_map<std::string_view, std::uint32_t> conveyance_index;  // while reading: text -> its index

    bool loaded = false;
    unsigned threads = 0;  // 0: the machine's
    std::atomic<std::uint64_t> bytes{0};  // of the tables named by path, read so far (by one thread or two)
    std::uint64_t total = 0;
    bool total_known = true;

    // Where the join is.
    std::size_t next_bad = 0, next_assignment = 0, next_assignor = 0, next_assignee = 0, next_document = 0,
                next_conveyance = 0;
    std::vector<Problem> pending;
    std::size_t next_pending = 0;

    Table& table(PadTable t) { return tables[std::size_t(t)]; }

    std::vector<std::string> given;      // the paths and archive members given, for messages
    std::atomic<std::uint64_t> data{0};  // bytes of table data read

    void add_paths(const std::vector<std::string>& paths) {
        for (const std::string& path : paths) {
            given.push_back(path);
            std::error_code error;
            if (path != "-" && std::filesystem::is_directory(path, error))
                open_directory(path);
            else
                open(std::make_unique<ByteSource>(path), std::nullopt);
        }
    }

    void read_table(std::unique_ptr<ByteSource> source) {
        given.push_back(source->name());
        if (std::optional<PadTable> t = open(std::move(source), std::nullopt)) read_rows(*t, bad_rows, false);
    }

    void check_tables() const {
        std::string missing, found;
        for (PadTable t : read_tables) {
            const Table& table = tables[std::size_t(t)];
            if (table.given())
                found += fmt::format("{}{} ({})", found.empty() ? "" : ", ", pad_table_name(t), table.path);
            else if (t != PadTable::assignment_conveyance)
                missing += fmt::format("{}{}", missing.empty() ? "" : ", ", pad_table_name(t));
        }
        if (!missing.empty()) {
            std::string names;
            for (const std::string& path : given) names += fmt::format("{}{}", names.empty() ? "" : ", ", path);
            throw InputError(names.empty() ? "(no PAD path given)" : names, 0,
                             fmt::format("missing the Patent Assignment Dataset table(s) {}: the PAD is read from its "
                                         "assignment, assignor, assignee and documentid tables (assignment_conveyance "
                                         "is optional); found {}",
                                         missing, found.empty() ? "none" : found));
        }
    }

    void open_directory(const std::string& directory) {
        std::vector<PadTableFile> files = pad_table_files(directory);
        for (const PadTableFile& file : files) open(std::make_unique<ByteSource>(file.path), file.table);
        if (files.empty())
            throw InputError(directory, 0,
                             "is a directory holding none of the Patent Assignment Dataset tables (assignment.csv, assignor.csv, "
                             "assignee.csv, documentid.csv, assignment_conveyance.csv, each plain or as .csv.gz; "
                             "a zip archive of them is named as a file, not as a folder)");
    }

    // Reads the table's header; the table it is, or nullopt for one whose rows are not read (documentid_admin).
    std::optional<PadTable> open(std::unique_ptr<ByteSource> source, std::optional<PadTable> expected) {
        const std::string path = source->name();
        auto reader = std::make_unique<CsvReader>(*source, ',');
        CsvRecord header;
        if (!reader->next(header))
            throw InputError(source->name(), 0, "empty file: expected a Patent Assignment Dataset table with a header");
        std::optional<PadTable> t = pad_table_of(header.fields);
        if (!t)
            throw InputError(source->name(), header.line,
                             fmt::format("not a Patent Assignment Dataset table: the header names {}, where a PAD "
                                         "table names rf_id and reel_no, frame_no (assignment), or_name (assignor), "
                                         "ee_name (assignee), appno_doc_num or grant_doc_num (documentid) or "
                                         "convey_ty (assignment_conveyance)",
                                         header_summary(header)));
        if (expected && *t != *expected)
            throw InputError(source->name(), header.line,
                             fmt::format("named as the {} table, but its columns are those of the {} table",
                                         pad_table_name(*expected), pad_table_name(*t)));
        if (*t == PadTable::documentid_admin) return std::nullopt;  // nothing in it is read
        Table& into = table(*t);
        if (into.given())
            throw InputError(source->name(), 0,
                             fmt::format("a second {} table (the first is {})", pad_table_name(*t), into.path));
        into.path = path;
        into.file_name = file_name_of(path);
        into.field_count = header.fields.size();
        std::span<const std::string_view> columns = columns_of(*t);
        into.column.fill(SIZE_MAX);
        for (std::size_t i = 0; i < header.fields.size(); ++i) {
            for (std::size_t c = 0; c < columns.size(); ++c) {
                if (!equals_lower(trim_blanks(header.fields[i]), columns[c])) continue;
                if (into.column[c] != SIZE_MAX)
                    throw InputError(source->name(), header.line,
                                     fmt::format("column \"{}\" appears twice (columns {} and {})", columns[c],
                                                 into.column[c] + 1, i + 1));
                into.column[c] = i;
            }
        }
        if (auto size = source->size())
            total += *size;
        else
            total_known = false;
        into.source = std::move(source);
        into.reader = std::move(reader);
        return t;
    }

    // Reads every table not read yet into its arrays and sorts them by rf_id.
    void load() {
        loaded = true;
        // documentid, the largest table, is read on a second thread while this one reads the others: while they
        // are read, the tables share nothing (each has its own rows, text and bad rows).
        const bool alongside = threads_or_cores(threads) >= 2 && table(PadTable::documentid).reader;
        std::vector<BadRow> document_bad_rows;
        std::optional<Worker> second;
        if (alongside) second.emplace([&] { read_rows(PadTable::documentid, document_bad_rows, true); });
        bool after_documents = false;
        for (PadTable t : read_tables) {
            if (t == PadTable::documentid) {
                after_documents = true;
                if (alongside) continue;
            }
            if (!table(t).reader) continue;
            // A table after documentid waits for it, so that an error in both is documentid's, as when read in turn.
            if (after_documents && second) {
                second->join();
                second.reset();
            }
            read_rows(t, bad_rows, true);
        }
        if (second) second->join();
        bad_rows.insert(bad_rows.end(), document_bad_rows.begin(), document_bad_rows.end());
        conveyance_index = {};
        // Tables read as they came (members of an archive) put their bad rows in that order: table order it is.
        std::stable_sort(bad_rows.begin(), bad_rows.end(),
                         [](const BadRow& a, const BadRow& b) { return a.table < b.table; });
        sort_by_rf_id(assignments);
        sort_by_rf_id(assignors);
        sort_by_rf_id(assignees);
        sort_by_rf_id(documents);
        sort_by_rf_id(conveyances);
    }

    // Reads table t's rows, its bad ones into `bad`; with `progress`, adds the bytes read to `bytes` as it goes.
    void read_rows(PadTable t, std::vector<BadRow>& bad, bool progress) {
        Table& from = table(t);
        CsvRecord record;
        std::uint64_t counted = 0;
        auto count_bytes = [&] {
            std::uint64_t at = from.source->position();
            bytes.fetch_add(at - counted, std::memory_order_relaxed);
            counted = at;
        };
        for (std::uint64_t rows = 1; from.reader->next(record); ++rows) {
            if (progress && rows % 4096 == 0) count_bytes();
            add_row(t, from, record, bad);
        }
        if (progress) count_bytes();
        data += from.source->data_read();
        from.reader.reset();
        from.source.reset();
        // Give back the room the table's vector grew into before the next table grows its own.
        switch (t) {
            case PadTable::assignment: assignments.shrink_to_fit(); break;
            case PadTable::assignor: assignors.shrink_to_fit(); break;
            case PadTable::assignee: assignees.shrink_to_fit(); break;
            case PadTable::documentid: documents.shrink_to_fit(); break;
            case PadTable::assignment_conveyance: conveyances.shrink_to_fit(); break;
            case PadTable::documentid_admin: break;
        }
    }

    void add_row(PadTable t, Table& from, const CsvRecord& record, std::vector<BadRow>& bad_rows) {
        if (record.line > std::numeric_limits<std::uint32_t>::max())
            throw InputError(from.path, record.line, "more lines than a PAD table can have: is this a PAD table?");
        if (record.fields.size() != from.field_count) {
            bad_rows.push_back({record.line, 0, 0, std::uint32_t(record.fields.size()), t, BadRow::wrong_field_count});
            return;
        }
        std::string_view rf_text = from.field(record, 0);
        std::optional<std::uint64_t> number = parse_whole_number(rf_text);
        if (!number || *number > std::numeric_limits<std::uint32_t>::max()) {
            rf_text = rf_text.substr(0, 64);
            auto reason = rf_text.empty() ? BadRow::no_rf_id
                          : number        ? BadRow::rf_id_too_large
                                          : BadRow::rf_id_not_a_number;
            std::uint64_t text = rf_text.empty() ? 0 : from.text.add({rf_text});
            bad_rows.push_back({record.line, text, std::uint32_t(rf_text.size()), 0, t, reason});
            return;
        }
        auto rf_id = std::uint32_t(*number);
        auto line = std::uint32_t(record.line);
        // Text that is not UTF-8 is refused at its row, as the transfer CSV reader refuses it: the same name in
        // two encodings would be two parties, and `convert` would write a file patlap itself refuses.
        for (std::size_t c = 1; c < columns_of(t).size(); ++c) {
            std::string_view field = from.field(record, c);
            if (std::size_t bad = find_invalid_utf8(field); bad != std::string_view::npos) {
                std::string problem = fmt::format("{} row for rf_id {}: \"{}\": {}", pad_table_name(t), rf_text,
                                                  columns_of(t)[c], describe_invalid_utf8(field, bad));
                bad_rows.push_back({record.line, from.text.add({problem}), std::uint32_t(problem.size()), 0, t,
                                    BadRow::not_utf8});
                return;
            }
        }
        for (std::size_t c : short_columns_of(t))
            if (std::size_t length = from.field(record, c).size(); length > max_short_field) {
                bad_rows.push_back({record.line, from.text.add({rf_text}), std::uint32_t(rf_text.size()),
                                    std::uint32_t(c), t, BadRow::field_too_long, length});
                return;
            }
        switch (t) {
            case PadTable::assignment: {
                std::string_view reel = clip(without_point_zero(from.field(record, 1)));
                std::string_view frame = clip(without_point_zero(from.field(record, 2)));
                assignments.push_back({rf_id, line, from.text.add({reel, frame}),
                                       conveyance_id(from.text, from.field(record, 3)),
                                       parse_pad_date(from.field(record, 4)), std::uint8_t(reel.size()),
                                       std::uint8_t(frame.size())});
                break;
            }
            case PadTable::assignor:
            case PadTable::assignee: {
                std::string_view name = from.field(record, 1);
                Date date = t == PadTable::assignor ? parse_pad_date(from.field(record, 2)) : 0;
                (t == PadTable::assignor ? assignors : assignees)
                    .push_back({rf_id, line, from.text.add({name}), std::uint32_t(name.size()), date});
                break;
            }
            case PadTable::documentid: {
                std::string_view grant = clip(document_number(from.field(record, 1)));
                std::string_view application = clip(document_number(from.field(record, 2)));
                std::string_view publication = clip(document_number(from.field(record, 3)));
                std::string_view country;  // grant_country, else appno_country, else pgpub_country, else US
                for (std::size_t c = 4; c <= 6 && country.empty(); ++c) country = clip(from.field(record, c));
                if (country.empty()) country = "US";
                documents.push_back({rf_id, line, from.text.add({grant, application, publication, country}),
                                     std::uint8_t(grant.size()), std::uint8_t(application.size()),
                                     std::uint8_t(publication.size()), std::uint8_t(country.size())});
                break;
            }
            case PadTable::assignment_conveyance: {
                std::string_view flag = without_point_zero(clean(from.field(record, 2)));
                std::uint8_t by_inventors = flag == "1" ? 1 : flag == "0" ? 0 : no_flag;
                conveyances.push_back({rf_id, line, kind_code(clean(from.field(record, 1))), by_inventors});
                break;
            }
            case PadTable::documentid_admin: break;
        }
    }

    std::uint32_t conveyance_id(TextArena& text, std::string_view conveyance) {
        auto found = conveyance_index.find(conveyance);
        if (found != conveyance_index.end()) return found->second;
        std::uint64_t place = text.add({conveyance});
        auto id = std::uint32_t(conveyance_texts.size());
        conveyance_texts.push_back({place, std::uint32_t(conveyance.size())});
        conveyance_index.emplace(std::string_view(text.at(place), conveyance.size()), id);
        return id;
    }

    bool next(AssignmentRecord& record) {
        if (!loaded) load();
        record.clear();
        if (next_pending < pending.size()) {
            yield(pending[next_pending++], record);
            return true;
        }
        pending.clear();
        next_pending = 0;
        if (next_bad < bad_rows.size()) {
            yield_bad_row(bad_rows[next_bad++], record);
            return true;
        }
        constexpr std::uint64_t none = std::numeric_limits<std::uint64_t>::max();
        std::uint64_t rf_id = std::min({head(assignments, next_assignment), head(assignors, next_assignor),
                                        head(assignees, next_assignee), head(documents, next_document),
                                        head(conveyances, next_conveyance)});
        if (rf_id == none) return false;
        if (head(assignments, next_assignment) == rf_id) {
            join(rf_id, record);
            return true;
        }
        // Rows of an rf_id that the assignment table does not have: one problem record each.
        std::string_view assignment_file = table(PadTable::assignment).file_name;
        auto orphans = [&](const auto& rows, std::size_t& next, PadTable t) {
            for (; head(rows, next) == rf_id; ++next)
                pending.push_back({t, rows[next].line,
                                   fmt::format("{} row for rf_id {}, which {} does not have", pad_table_name(t), rf_id,
                                               assignment_file)});
        };
        orphans(assignors, next_assignor, PadTable::assignor);
        orphans(assignees, next_assignee, PadTable::assignee);
        orphans(documents, next_document, PadTable::documentid);
        orphans(conveyances, next_conveyance, PadTable::assignment_conveyance);
        yield(pending[next_pending++], record);
        return true;
    }

    template <typename Row>
    static std::uint64_t head(const std::vector<Row>& rows, std::size_t next) {
        return next < rows.size() ? rows[next].rf_id : std::numeric_limits<std::uint64_t>::max();
    }

    void yield(const Problem& problem, AssignmentRecord& record) const {
        record.file = tables[std::size_t(problem.table)].path;
        record.line = problem.line;
        record.problem = problem.message;
    }

    void yield_bad_row(const BadRow& row, AssignmentRecord& record) {
        const Table& from = table(row.table);
        record.file = from.path;
        record.line = row.line;
        std::string_view name = pad_table_name(row.table);
        std::string_view rf_text(row.text_length ? from.text.at(row.text) : "", row.text_length);
        switch (row.reason) {
            case BadRow::wrong_field_count:
                record.problem = fmt::format("{} row with {} field{} where the header has {}", name, row.field_count,
                                             row.field_count == 1 ? "" : "s", from.field_count);
                break;
            case BadRow::no_rf_id: record.problem = fmt::format("{} row without an rf_id", name); break;
            case BadRow::rf_id_not_a_number:
                record.problem = fmt::format("{} row with rf_id \"{}\", which is not a whole number", name, rf_text);
                break;
            case BadRow::rf_id_too_large:
                record.problem = fmt::format("{} row with rf_id {}, which is larger than a PAD rf_id can be ({})",
                                             name, rf_text, std::numeric_limits<std::uint32_t>::max());
                break;
            case BadRow::not_utf8: record.problem = rf_text; break;
            case BadRow::field_too_long:
                record.problem = fmt::format("{} row for rf_id {} with a {} of {} characters: no real value is longer "
                                             "than {}",
                                             name, rf_text, columns_of(row.table)[row.field_count], row.length,
                                             max_short_field);
                break;
        }
    }

    // The record of the assignment row at next_assignment, with the rows of every other table for its rf_id.
    void join(std::uint64_t rf_id, AssignmentRecord& record) {
        const Table& assignment_table = table(PadTable::assignment);
        const AssignmentRow& row = assignments[next_assignment++];
        const char* text = assignment_table.text.at(row.text);
        record.reel.assign(text, row.reel_length);
        record.frame.assign(text + row.reel_length, row.frame_length);
        const TextRef& conveyance = conveyance_texts[row.conveyance];
        record.conveyance.assign(assignment_table.text.at(conveyance.place), conveyance.length);
        record.recorded = row.recorded;
        record.file = assignment_table.path;
        record.line = row.line;

        auto duplicates = [&](const auto& rows, std::size_t& next, PadTable t, std::uint64_t first_line) {
            for (; head(rows, next) == rf_id; ++next)
                pending.push_back({t, rows[next].line,
                                   fmt::format("a second {} row for rf_id {} (the first is line {})",
                                               pad_table_name(t), rf_id, first_line)});
        };
        duplicates(assignments, next_assignment, PadTable::assignment, row.line);
        if (head(conveyances, next_conveyance) == rf_id) {
            const ConveyanceRow& conveyance = conveyances[next_conveyance++];
            if (conveyance.kind == unknown_kind)
                pending.push_back({PadTable::assignment_conveyance, conveyance.line,
                                   fmt::format("unknown convey_ty for rf_id {} (valid: {})", rf_id, convey_ty_values)});
            else if (conveyance.kind != no_kind)
                record.kind = TransferKind(conveyance.kind);
            if (conveyance.by_inventors != no_flag) record.by_inventors = conveyance.by_inventors == 1;
            duplicates(conveyances, next_conveyance, PadTable::assignment_conveyance, conveyance.line);
        }
        auto parties = [&](const std::vector<PartyRow>& rows, std::size_t& next, PadTable t,
                           std::vector<AssignmentParty>& into, std::string_view column) {
            const TextArena& names = table(t).text;
            for (; head(rows, next) == rf_id; ++next) {
                const PartyRow& party = rows[next];
                if (party.name_length == 0)
                    pending.push_back({t, party.line, fmt::format("{} row for rf_id {} without {}", pad_table_name(t),
                                                                  rf_id, column)});
                else
                    into.push_back({std::string(names.at(party.text), party.name_length), party.date});
            }
        };
        parties(assignors, next_assignor, PadTable::assignor, record.assignors, "or_name");
        parties(assignees, next_assignee, PadTable::assignee, record.assignees, "ee_name");
        const TextArena& numbers = table(PadTable::documentid).text;
        for (; head(documents, next_document) == rf_id; ++next_document) {
            const DocumentRow& document = documents[next_document];
            if (document.grant_length + document.application_length + document.publication_length == 0) {
                pending.push_back({PadTable::documentid, document.line,
                                   fmt::format("documentid row for rf_id {} without a document number "
                                               "(grant_doc_num, appno_doc_num and pgpub_doc_num are all empty)",
                                               rf_id)});
                continue;
            }
            const char* p = numbers.at(document.text);
            AssignmentProperty& property = record.properties.emplace_back();
            property.grant.assign(p, document.grant_length);
            p += document.grant_length;
            property.application.assign(p, document.application_length);
            p += document.application_length;
            property.publication.assign(p, document.publication_length);
            p += document.publication_length;
            property.country.assign(p, document.country_length);
        }
        record.problem = record_problem(rf_id, record);
    }

    std::string record_problem(std::uint64_t rf_id, const AssignmentRecord& record) const {
        for (auto [value, column] : {std::pair{&record.reel, "reel_no"}, std::pair{&record.frame, "frame_no"}}) {
            if (value->empty()) return fmt::format("assignment row for rf_id {} without {}", rf_id, column);
            if (!all_digits(*value))
                return fmt::format("assignment row for rf_id {} with {} \"{}\", which is not a number", rf_id, column,
                                   *value);
        }
        std::string lacking;
        std::string files;
        auto lacks = [&](bool empty, const char* what, PadTable t) {
            if (!empty) return;
            lacking += fmt::format("{}no {}", lacking.empty() ? "" : ", ", what);
            files += fmt::format("{}{}", files.empty() ? "" : ", ", tables[std::size_t(t)].file_name);
        };
        lacks(record.assignors.empty(), "assignor", PadTable::assignor);
        lacks(record.assignees.empty(), "assignee", PadTable::assignee);
        lacks(record.properties.empty(), "property", PadTable::documentid);
        if (lacking.empty()) return {};
        return fmt::format("rf_id {} (reel/frame {}/{}) has {}: no usable row for it in {}", rf_id, record.reel,
                           record.frame, lacking, files);
    }
};

PadReader::PadReader(const std::vector<std::string>& paths) : impl_(std::make_unique<Impl>()) {
    impl_->add_paths(paths);
    impl_->check_tables();
}

PadReader::PadReader() : impl_(std::make_unique<Impl>()) {}

void PadReader::add_paths(const std::vector<std::string>& paths) { impl_->add_paths(paths); }

void PadReader::read_table(std::unique_ptr<ByteSource> source) { impl_->read_table(std::move(source)); }

void PadReader::check_tables() const { impl_->check_tables(); }

std::uint64_t PadReader::data_bytes() const { return impl_->data.load(); }

void PadReader::set_threads(unsigned threads) { impl_->threads = threads; }

PadReader::~PadReader() = default;

bool PadReader::next(AssignmentRecord& record) { return impl_->next(record); }

std::uint64_t PadReader::bytes_read() const { return impl_->bytes.load(std::memory_order_relaxed); }

std::uint64_t PadReader::total_bytes() const { return impl_->total_known ? impl_->total : 0; }

const std::string& PadReader::table_path(PadTable table) const {
    static const std::string none;
    return std::size_t(table) < read_table_count ? impl_->tables[std::size_t(table)].path : none;
}

}  // namespace patlap
