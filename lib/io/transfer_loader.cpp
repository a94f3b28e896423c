#include "io/transfer_loader.h"

#include "io/blocking_queue.h"
#include "io/input_error.h"
#include "io/transfer_rows.h"
#include "model/party_name.h"

#include <chrono>
#include <memory>
#include <sys/stat.h>
#include <thread>

namespace patlap {
namespace {

// Reads and checks one file's rows on a second thread, a batch ahead of the interning done here: the two halves
// of the work take about as long as each other, so a load runs on both cores.
class RowPipeline {
public:
    RowPipeline(const std::string& path, const LoadOptions& options, StringPool& deals) : reader_(path, options, deals) {
        for (auto& batch : batches_) free_.push(&batch);
        thread_ = std::thread([this] { produce(); });
    }
    ~RowPipeline() {
        free_.close();  // stops the reader early when the load is abandoned
        thread_.join();
    }

    RowBatch* next() { return full_.pop().value_or(nullptr); }
    void recycle(RowBatch* batch) { free_.push(batch); }

private:
    void produce() {
        while (auto batch = free_.pop()) {
            bool more = reader_.fill(**batch);
            full_.push(*batch);
            if (!more) return;
        }
    }

    TransferRowReader reader_;
    std::array<RowBatch, 3> batches_;
    BlockingQueue<RowBatch*> free_, full_;
    std::thread thread_;
};

// Interns the rows of one file into the dataset.
class FileLoader {
public:
    FileLoader(Dataset& data, std::uint16_t file_index, const LoadOptions& options, LoadProgress& progress)
        : data_(data), file_index_(file_index), options_(options), progress_(progress) {}

    void load(const std::string& path) {
        RowPipeline pipeline(path, options_, data_.deals);
        std::uint64_t base_bytes = progress_.bytes_read;
        while (RowBatch* batch = pipeline.next()) {
            add_batch(*batch);
            progress_.bytes_read = base_bytes + batch->bytes_read;
            data_.load.bytes_read = progress_.bytes_read;
            if (options_.progress) {
                progress_.rows = data_.load.rows_read;
                options_.progress(progress_);
            }
            if (batch->failure) std::rethrow_exception(batch->failure);
            bool last = batch->last;
            pipeline.recycle(batch);
            if (last) break;
        }
    }

private:
    const std::string& file_name() const { return data_.files[file_index_]; }

    void add_batch(const RowBatch& batch) {
        constexpr std::size_t lookahead = 16;  // rows whose hash slots are being fetched ahead of use
        const auto& rows = batch.rows;
        for (std::size_t i = 0; i < rows.size() && i < lookahead; ++i) prefetch(rows[i]);
        for (std::size_t i = 0; i < rows.size(); ++i) {
            if (i + lookahead < rows.size()) prefetch(rows[i + lookahead]);
            const ParsedRow& row = rows[i];
            ++data_.load.rows_read;
            if (row.bad) {
                skip(row, batch);
                continue;
            }
            Transfer t{};
            if (!options_.with_parties) {  // otherwise the row reader interned the deal
                if (row.new_deal) recent_deal_ = data_.deals.intern(batch.view(row.deal_text), row.deal_hash);
                t.deal = recent_deal_;
            } else {
                t.deal = row.deal;
            }
            t.patent = data_.patents.intern(batch.view(row.patent), row.patent_hash);
            if (options_.with_parties) {
                t.from = party(batch.view(row.from), recent_from_);
                t.to = party(batch.view(row.to), recent_to_);
            } else {
                t.from = t.to = StringPool::npos;
            }
            t.date = row.date;
            t.kind = row.kind;
            t.file = file_index_;
            t.line = row.line;
            data_.transfers.push_back(t);
        }
    }

    // With millions of distinct patents every look-up misses the cache; fetching the slots of the rows ahead
    // lets those misses overlap instead of queueing one after another.
    void prefetch(const ParsedRow& row) const {
        if (row.bad) return;
        data_.patents.prefetch(row.patent_hash);
        if (row.new_deal && !options_.with_parties) data_.deals.prefetch(row.deal_hash);
    }

    void skip(const ParsedRow& row, const RowBatch& batch) {
        std::string problem(batch.view(row.problem));
        if (!options_.skip_bad_rows) throw InputError(file_name(), row.line, problem);
        ++data_.load.rows_skipped;
        if (data_.load.first_skip_reasons.size() < options_.skip_reasons_kept)
            data_.load.first_skip_reasons.push_back(describe_location(file_name(), row.line, problem));
    }

    // The last spelling seen in a column: rows of one deal usually repeat it.
    struct RecentParty {
        std::string spelling;
        StringId spelling_id = StringPool::npos;
    };

    PartyId party(std::string_view name, RecentParty& recent) {
        if (recent.spelling_id != StringPool::npos && name == recent.spelling) {
            ++data_.spelling_count[recent.spelling_id];
            return data_.spelling_party[recent.spelling_id];
        }
        StringPool::Lookup found = data_.spellings.lookup(name);
        StringId spelling = found.id;
        if (spelling == StringPool::npos) {
            party_key(name, key_);  // cannot fail: the row reader checked the name has a letter or digit
            spelling = data_.spellings.insert(found, name);
            data_.spelling_party.push_back(data_.parties.intern(key_));
            data_.spelling_count.push_back(0);
        }
        ++data_.spelling_count[spelling];
        recent.spelling_id = spelling;
        recent.spelling.assign(name);
        return data_.spelling_party[spelling];
    }

    Dataset& data_;
    std::uint16_t file_index_;
    const LoadOptions& options_;
    LoadProgress& progress_;
    RecentParty recent_from_, recent_to_;
    DealId recent_deal_ = StringPool::npos;
    std::string key_;
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
        std::uint64_t rows_before = data.load.rows_read;
        FileLoader(data, std::uint16_t(i), options, progress).load(paths[i]);
        if (data.load.rows_read == rows_before) data.load.files_without_rows.push_back(data.files.back());
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
