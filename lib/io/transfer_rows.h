#pragma once
// Reads one transfer CSV file and checks each record as a transfer row: the header names the columns, every field
// is validated and normalised (dates, kinds, patent keys), and rows come out in batches, each row either parsed
// or carrying what is wrong with it. It runs on its own thread while the loader interns the previous batch.
#include "io/byte_source.h"
#include "io/transfer_loader.h"
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

struct ParsedRow {
    std::uint32_t line;
    Date date;
    TextRef deal_text;        // set when new_deal: the row names another deal than the row before
    std::uint32_t deal_hash;  // likewise
    TextRef patent;           // the patent key
    PatentPool::LookupKey patent_lookup;  // computed here, off the loader's thread
    TextRef from, to;         // party names as written (empty when parties are not kept)
    TextRef problem;          // for a bad row: what is wrong
    TransferKind kind;
    bool new_deal;
    bool bad;
};

struct RowBatch {
    std::vector<ParsedRow> rows;
    std::string text;                 // the bytes that the rows' TextRefs point into
    std::exception_ptr failure;       // the file could not be read on from here (after `rows`)
    bool last = false;                // no batch follows for this file
    std::uint64_t bytes_read = 0;     // of the file, when the batch was finished

    std::string_view view(TextRef ref) const { return {text.data() + ref.offset, ref.length}; }
    void clear() {
        rows.clear();
        text.clear();
        failure = nullptr;
        last = false;
    }
};

// Reads one file, a batch at a time. Never throws: a file that cannot be read (or a record that breaks the CSV
// format) ends its last batch with `failure` set.
class TransferRowReader {
public:
    // `source`: the file already opened (and perhaps peeked at), or null to open `path`.
    TransferRowReader(std::string path, const LoadOptions& options, std::unique_ptr<ByteSource> source = nullptr);
    ~TransferRowReader();
    TransferRowReader(const TransferRowReader&) = delete;
    TransferRowReader& operator=(const TransferRowReader&) = delete;

    // Fills `batch` (cleared first) with up to batch_rows rows; returns false after the file's last batch.
    bool fill(RowBatch& batch);

    static constexpr std::size_t batch_rows = 8192;

private:
    class Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace patlap
