#include "input/csv/transfer_rows.h"

#include "base/blocking_queue.h"
#include "input/csv/chunked_rows.h"
#include "input/csv/csv_reader.h"
#include "base/errors.h"
#include "input/csv/transfer_row_checker.h"

#include <algorithm>
#include <array>
#include <thread>

namespace patlap {
namespace {

// Reads the file on one thread, a batch ahead of the caller.
class SequentialRows : public RowBatches {
public:
    SequentialRows(std::unique_ptr<ByteSource> source, std::unique_ptr<CsvReader> reader,
                   const TransferRowChecker& checker)
        : source_(std::move(source)), reader_(std::move(reader)), checker_(checker) {
        for (auto& batch : batches_) free_.push(&batch);
        thread_ = std::thread([this] { produce(); });
    }
    ~SequentialRows() override {
        free_.close();  // stops the reader early when the load is abandoned
        thread_.join();
    }

    RowBatch* next() override { return full_.pop().value_or(nullptr); }
    void recycle(RowBatch* batch) override { free_.push(batch); }

private:
    static constexpr std::size_t batch_rows = 8192;

    void produce() {
        while (auto batch = free_.pop()) {
            fill(**batch);
            bool last = (*batch)->last;
            full_.push(*batch);
            if (last) return;
        }
    }

    void fill(RowBatch& batch) {
        batch.clear();
        try {
            while (batch.rows.size() < batch_rows) {
                if (!reader_->next(record_)) {
                    batch.last = true;
                    break;
                }
                checker_.add(record_, batch);
            }
        } catch (...) {
            batch.failure = std::current_exception();
            batch.last = true;
        }
        batch.bytes_read = source_->position();
        batch.data_bytes = source_->data_read();
    }

    std::unique_ptr<ByteSource> source_;
    std::unique_ptr<CsvReader> reader_;
    TransferRowChecker checker_;
    CsvRecord record_;
    std::array<RowBatch, 3> batches_;
    BlockingQueue<RowBatch*> free_, full_;
    std::thread thread_;
};

}  // namespace

std::unique_ptr<RowBatches> read_row_batches(const std::string& path, const LoadOptions& options,
                                             std::unique_ptr<ByteSource> source, const RowReading& how) {
    if (!source) source = std::make_unique<ByteSource>(path);
    char delimiter = delimiter_for(path, options);
    auto reader = std::make_unique<CsvReader>(*source, delimiter);
    CsvRecord header;
    if (!reader->next(header))
        throw InputError(source->name(), 1,
                         "empty file: expected a header row naming the columns deal, date, kind, from, to, patent");
    TransferRowChecker checker(source->name(), options, delimiter);
    checker.read_header(header);

    unsigned workers = how.workers       ? how.workers
                       : options.threads ? std::min(options.threads, 4u)
                                         : std::min(std::thread::hardware_concurrency(), 4u);
    auto file = source->plain_file();
    // Below four chunks' worth one thread reads as fast; on one core, splitting gains nothing.
    bool chunked = file && *source->size() >= reader->offset() &&
                   (how.mode == RowReading::Mode::chunked ||
                    (how.mode == RowReading::Mode::automatic && workers >= 2 &&
                     *source->size() >= reader->offset() + 4 * how.chunk_bytes));
    if (chunked) {
        ChunkedRows::Start start{*file, *source->size(), reader->offset(), reader->line(), delimiter, how.chunk_bytes};
        return std::make_unique<ChunkedRows>(std::move(source), start, checker, std::max(workers, 1u));
    }
    return std::make_unique<SequentialRows>(std::move(source), std::move(reader), checker);
}

}  // namespace patlap
