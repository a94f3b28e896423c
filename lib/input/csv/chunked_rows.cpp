#include "input/csv/chunked_rows.h"

#include "input/csv/csv_reader.h"
#include "input/file_range.h"

#include <algorithm>
#include <cstring>
#include <unistd.h>

namespace patlap {

ChunkedRows::ChunkedRows(std::unique_ptr<ByteSource> source, const Start& start, const TransferRowChecker& checker,
                         unsigned workers)
    : source_(std::move(source)),
      start_(start),
      checker_(checker),
      chunk_count_(std::max<std::uint64_t>(1, (start.file_size - start.first_record + start.chunk_bytes - 1) /
                                                  start.chunk_bytes)),
      slots_(2 * workers + 2),
      order_(chunk_count_, slots_.size()),
      end_of_previous_(start.first_record),
      line_(start.first_line) {
    // Each worker's checker is copied here, before any thread starts: the caller's thread uses checker_ for the
    // chunks it reads again.
    for (unsigned w = 0; w < workers; ++w) workers_.emplace_back(&ChunkedRows::work, this, checker_);
}

ChunkedRows::~ChunkedRows() {
    order_.stop();
    for (auto& worker : workers_) worker.join();
}

void ChunkedRows::work(TransferRowChecker checker) {
    CsvRecord record;
    while (auto index = order_.claim()) {
        read_chunk(*index, guess_first_record(*index), slots_[order_.slot_of(*index)], checker, record);
        order_.done(*index);
    }
}

// Just after the first line end at or after the chunk's boundary (a record that ends right at the boundary ends
// the chunk before); UINT64_MAX when none is near, which no chunk's end can match.
std::uint64_t ChunkedRows::guess_first_record(std::size_t index) const {
    if (index == 0) return start_.first_record;
    char probe[1 << 16];
    std::uint64_t from = boundary(index) - 1;
    ssize_t n = pread(start_.fd, probe, sizeof probe, off_t(from));
    if (n <= 0) return UINT64_MAX;
    const void* line_end = std::memchr(probe, '\n', std::size_t(n));
    if (!line_end) return UINT64_MAX;
    return from + std::uint64_t(static_cast<const char*>(line_end) - probe) + 1;
}

// Reads the records that start before the next chunk's boundary (the last one may run past it).
void ChunkedRows::read_chunk(std::size_t index, std::uint64_t begin, Chunk& chunk, TransferRowChecker& checker,
                             CsvRecord& record) const {
    chunk.batch.clear();
    chunk.error.reset();
    chunk.begin = chunk.end = begin;
    chunk.lines = 0;
    if (begin == UINT64_MAX) return;
    std::uint64_t stop_at = index + 1 < chunk_count_ ? boundary(index + 1) : UINT64_MAX;
    checker.forget_recent_deal();
    try {
        FileRange range(start_.fd, source_->name(), begin, start_.file_size);
        constexpr std::size_t buffer_bytes = 256u << 10;  // little read past the chunk's end
        CsvReader reader(range, start_.delimiter, buffer_bytes, false);
        while (begin + reader.offset() < stop_at && reader.next(record)) checker.add(record, chunk.batch);
        chunk.end = begin + reader.offset();
        chunk.lines = reader.line() - 1;
    } catch (const InputError& error) {
        chunk.error = error;
    } catch (...) {
        chunk.batch.failure = std::current_exception();
    }
}

RowBatch* ChunkedRows::next() {
    if (next_out_ == chunk_count_) return nullptr;
    std::size_t index = next_out_++;
    Chunk& chunk = slots_[order_.slot_of(index)];
    order_.wait(index);
    if (chunk.begin != end_of_previous_) read_chunk(index, end_of_previous_, chunk, checker_, record_);

    RowBatch& batch = chunk.batch;
    batch.first_line += line_ - 1;  // the chunk's lines were counted from its start
    if (chunk.error) {
        const InputError& e = *chunk.error;
        batch.failure = std::make_exception_ptr(InputError(e.file(), e.line() ? e.line() + line_ - 1 : 0, e.message()));
    }
    line_ += chunk.lines;
    end_of_previous_ = chunk.end;
    batch.bytes_read = batch.data_bytes = chunk.end;
    batch.last = index + 1 == chunk_count_ || batch.failure;
    if (batch.last) next_out_ = chunk_count_;
    return &batch;
}

void ChunkedRows::recycle(RowBatch*) {
    order_.release(recycled_++);  // the batches come back in the order they went out
}

}  // namespace patlap
