#pragma once
// Reads a large plain transfer CSV file on several threads: the file is cut into chunks of a few MiB, each read by
// a CsvReader of its own from the first line start in it, and the chunks' rows come out in file order.
//
// A chunk's reader guesses where its first record starts (after the first line end in the chunk); the guess is
// wrong only when a quoted field holding a line break spans the cut. Each guess is checked against where the
// chunk before really ended, and a chunk that guessed wrong is read again from there, so the rows are always
// those of one reader reading the file from the start. Line numbers, known only once the chunks before are
// counted, are set as the chunks come out.
#include "base/ordered_slots.h"
#include "input/csv/transfer_row_checker.h"
#include "input/csv/transfer_rows.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <thread>
#include <vector>

namespace patlap {

class ChunkedRows : public RowBatches {
public:
    // Where the rows start: the file (open, plain) and the record after its header.
    struct Start {
        int fd;
        std::uint64_t file_size;
        std::uint64_t first_record;  // byte offset
        std::uint64_t first_line;
        char delimiter;
        std::uint64_t chunk_bytes;
    };
    // `checker`: has read the header. `source` stays open for the file descriptor.
    ChunkedRows(std::unique_ptr<ByteSource> source, const Start& start, const TransferRowChecker& checker,
                unsigned workers);
    ~ChunkedRows() override;

    RowBatch* next() override;
    void recycle(RowBatch* batch) override;

private:
    struct Chunk {
        RowBatch batch;  // lines counted from 1 at `begin` until the chunk comes out
        std::uint64_t begin = 0, end = 0;  // where its reading started, and where its last record ended
        std::uint64_t lines = 0;           // line ends read
        std::optional<InputError> error;   // with its line counted from `begin` likewise
    };

    std::uint64_t boundary(std::size_t index) const { return start_.first_record + index * start_.chunk_bytes; }
    std::uint64_t guess_first_record(std::size_t index) const;
    void read_chunk(std::size_t index, std::uint64_t begin, Chunk& chunk, TransferRowChecker& checker,
                    CsvRecord& record) const;
    void work(TransferRowChecker checker);

    std::unique_ptr<ByteSource> source_;
    Start start_;
    TransferRowChecker checker_;  // for chunks read again on the caller's thread
    CsvRecord record_;
    std::size_t chunk_count_;
    std::vector<Chunk> slots_;  // chunk i is read into slots_[order_.slot_of(i)]
    OrderedSlots order_;
    std::size_t next_out_ = 0, recycled_ = 0;  // chunks handed to the caller, and given back
    std::vector<std::thread> workers_;

    std::uint64_t end_of_previous_, line_;  // of the chunks that came out
};

}  // namespace patlap
