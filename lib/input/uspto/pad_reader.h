#pragma once
// Reads the USPTO Patent Assignment Dataset (PAD) as its CSV tables: assignment, assignor, assignee, documentid
// and (optionally) assignment_conveyance, joined on rf_id into one AssignmentRecord per recorded conveyance.
//
// The real tables have millions of rows and are not reliably sorted, so each table is read whole into compact
// arrays (one text arena per table, fixed-size entries), sorted by rf_id and merge-joined; records come out in
// rf_id order. Rows that cannot be used come out as records with `problem` set, `file` and `line` naming the row.
#include "input/byte_source.h"
#include "input/uspto/assignment_record.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace patlap {

enum class PadTable : std::uint8_t {
    assignment,             // rf_id, reel_no, frame_no, convey_text, record_dt, ...
    assignor,               // rf_id, or_name, exec_dt, ...
    assignee,               // rf_id, ee_name, ...
    documentid,             // rf_id, appno_doc_num, pgpub_doc_num, grant_doc_num, their countries, ...
    assignment_conveyance,  // rf_id, convey_ty, employer_assign
    documentid_admin,       // rf_id, appno_doc_num, grant_doc_num, admin_*: recognised, but holds nothing read here
};

inline constexpr std::size_t pad_table_count = 6;

// "assignment", "assignor", ... as the tables' files are named (without ".csv").
std::string_view pad_table_name(PadTable table);

struct PadTableFile {
    PadTable table;
    std::string path;
};
// The table files a folder of the PAD is read from (those of its tables that are there, plain or as .csv.gz), in
// the order they are read.
std::vector<PadTableFile> pad_table_files(const std::string& directory);

// The PAD table whose header this is, from its column names (case-insensitive, blanks trimmed, any order, extra
// columns ignored): rf_id with reel_no and frame_no is assignment, with or_name assignor, with ee_name assignee,
// with convey_ty assignment_conveyance, with admin_appl_id_for_grant or admin_pat_no_for_appno documentid_admin,
// and otherwise with appno_doc_num or grant_doc_num documentid. nullopt when none (or more than one) fits.
std::optional<PadTable> pad_table_of(std::span<const std::string_view> header);

class PadReader : public AssignmentRecordSource {
public:
    // Each path is a directory holding the tables (found by name, `assignor.csv` or `assignor.csv.gz`, ...) or one
    // table file, plain or gzipped; each file is recognised by its header. Opens the files and reads their headers
    // here: throws InputError for a file that cannot be read or is not a PAD table, a directory holding no table,
    // a table given twice, or a missing required table (all but assignment_conveyance). A documentid_admin table
    // given as a file is passed over. The rows are read by the first call to next().
    explicit PadReader(const std::vector<std::string>& paths);
    // Tables given one by one (add_paths, read_table), then check_tables().
    PadReader();
    ~PadReader() override;
    PadReader(const PadReader&) = delete;
    PadReader& operator=(const PadReader&) = delete;

    // Threads for reading the tables by path (0, the default: the machine's cores): with two or more, the
    // documentid table is read on a second thread beside the others.
    void set_threads(unsigned threads);
    // Opens the tables of `paths` as the constructor does, without checking that all are there.
    void add_paths(const std::vector<std::string>& paths);
    // Reads one table whole from a source that cannot wait for the others (a member of a zip archive, which
    // must be read before the next member): its header and rows, now. Throws as add_paths does, and when the
    // table breaks the CSV format.
    void read_table(std::unique_ptr<ByteSource> source);
    // Throws InputError naming what was given when a required table is missing.
    void check_tables() const;

    // Records in rf_id order; first, as problems in table and line order, the rows that cannot be joined (an rf_id
    // that is not a whole number under 2^32, more or fewer fields than the header).
    // A record's `file` and `line` name its assignment row; a problem record's name the row that is wrong.
    // Throws InputError when a table breaks the CSV format (an unterminated quote) or cannot be read.
    bool next(AssignmentRecord& record) override;

    // Bytes of the table files named by path consumed so far (compressed bytes for gzip); safe to call from
    // another thread.
    std::uint64_t bytes_read() const override;
    // Bytes of table data read, every table's, decompressed.
    std::uint64_t data_bytes() const override;
    // The sum of the table files' sizes (compressed), for progress; 0 when one has no known size (a pipe).
    std::uint64_t total_bytes() const;

    // The path read for `table`, or empty when it was not given.
    const std::string& table_path(PadTable table) const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace patlap
