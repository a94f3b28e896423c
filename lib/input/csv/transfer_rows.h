#pragma once
// The rows of a transfer CSV file as the loader takes them: in batches, each row checked (transfer_row_checker.h)
// and either parsed or carrying what is wrong with it, read ahead on other threads while the loader interns.
#include "input/byte_source.h"
#include "input/load_options.h"
#include "model/date.h"
#include "model/patent_pool.h"
#include "model/string_pool.h"
#include "model/transfer_kind.h"

#include <cstdint>
#include <exception>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace patlap {

struct TextRef {
    std::uint32_t offset = 0, length = 0;
};

// One cache line, as rows are written on one thread and read on another: ten million of them cross between cores.
struct alignas(64) ParsedRow {
    PatentPool::LookupKey patent_lookup;  // computed here, off the loader's thread
    TextRef patent;           // the patent key
    TextRef problem;          // for a bad row: what is wrong
    std::uint32_t line;       // counted from RowBatch::first_line (0: that line), so a file may pass 2^32 lines
    Date date;
    TextRef from, to;         // party names as written (empty when parties are not kept)
    std::uint32_t from_hash, to_hash;  // their StringPool hashes, likewise
    TransferKind kind;
    bool new_deal;            // the row names another deal than the row before (see RowBatch::deal_starts)
    bool bad;
};
static_assert(sizeof(ParsedRow) == 64);

// A row that names another deal than the row before: the deal as written, and its StringPool hash.
struct DealStart {
    std::uint32_t row;  // index in RowBatch::rows
    std::uint32_t hash;
    TextRef text;
};

struct RowBatch {
    std::vector<ParsedRow> rows;
    std::vector<DealStart> deal_starts;  // the rows with new_deal set, in order
    std::string text;                 // the bytes that the TextRefs point into
    std::exception_ptr failure;       // the file could not be read on from here (after `rows`)
    bool last = false;                // no batch follows for this file
    std::uint64_t bytes_read = 0;     // of the file, when the batch was finished
    std::uint64_t data_bytes = 0;     // likewise, after decompression
    std::uint64_t first_line = 0;     // the line of the first row; a row's own is first_line + ParsedRow::line

    std::uint64_t line_of(const ParsedRow& row) const { return first_line + row.line; }

    std::string_view view(TextRef ref) const { return {text.data() + ref.offset, ref.length}; }
    void clear() {
        rows.clear();
        deal_starts.clear();
        text.clear();
        failure = nullptr;
        last = false;
        first_line = 0;
    }
};

// Batches of one file's rows, in file order, read and checked on other threads while the caller interns the
// batch before. A file that cannot be read on (or a record that breaks the CSV format) ends the last batch with
// `failure` set.
class RowBatches {
public:
    virtual ~RowBatches() = default;
    virtual RowBatch* next() = 0;                // the next batch, or null after the last
    virtual void recycle(RowBatch* batch) = 0;   // hands a batch back once it is used
};

// How a file's rows are read: by default a large plain file is split among threads (chunked_rows.h), and
// standard input, gzip and small files are read on one thread. Tests choose, to compare the two.
struct RowReading {
    enum class Mode { automatic, one_thread, chunked } mode = Mode::automatic;
    std::uint64_t chunk_bytes = 2u << 20;
    unsigned workers = 0;  // for chunks; 0: the cores, up to 4
};

// Reads the header (throwing InputError when it does not name the columns), then the rows. `source`: the file
// already opened (and perhaps peeked at), or null to open `path`.
std::unique_ptr<RowBatches> read_row_batches(const std::string& path, const LoadOptions& options,
                                             std::unique_ptr<ByteSource> source, const RowReading& how = {});

}  // namespace patlap
