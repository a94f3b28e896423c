#include "input/transfer_loader.h"

#include "input/uspto/assignment_loader.h"
#include "input/input_kind.h"
#include "input/uspto/pad_reader.h"
#include "input/uspto/uspto_json_reader.h"
#include "input/uspto/uspto_xml_reader.h"
#include "input/zip_archive.h"
#include "base/errors.h"
#include "input/csv/transfer_rows.h"
#include "input/party_interner.h"
#include "input/snapshot_reader.h"

#include <chrono>
#include <fmt/format.h>
#include <filesystem>
#include <functional>
#include <thread>
#include <future>
#include <memory>
#include <sys/stat.h>

namespace patlap {
namespace {

constexpr const char* unknown_member_kind =
    "this member of the zip archive is of no kind patlap reads: it is not USPTO assignment XML, an Assignment "
    "Center or Open Data Portal JSON response, a Patent Assignment Dataset table, or a transfer CSV (whose header "
    "names deal, date, kind, from, to, patent)";

// Interns the rows of one file into the dataset.
class FileLoader {
public:
    FileLoader(Dataset& data, std::uint16_t file_index, const LoadOptions& options, LoadProgress& progress)
        : data_(data), file_index_(file_index), options_(options), progress_(progress) {}

    // `expected_rows`: room to make for the file's rows once its first rows read well (a file of nothing but NUL
    // bytes, or not CSV at all, is refused before room for its size is asked of the system).
    void load(const std::string& path, std::unique_ptr<ByteSource> source, std::uint64_t expected_rows) {
        std::unique_ptr<RowBatches> batches = read_row_batches(path, options_, std::move(source));
        std::uint64_t base_bytes = progress_.bytes_read, base_data = data_.load.bytes_read;
        bool first = true;
        while (RowBatch* batch = batches->next()) {
            if (first && !batch->failure && expected_rows) data_.reserve_rows(expected_rows);
            first = false;
            add_batch(*batch);
            progress_.bytes_read = base_bytes + batch->bytes_read;
            data_.load.bytes_read = base_data + batch->data_bytes;
            if (options_.progress) {
                progress_.rows = data_.load.rows_read;
                options_.progress(progress_);
            }
            if (batch->failure) std::rethrow_exception(batch->failure);
            bool last = batch->last;
            batches->recycle(batch);
            if (last) break;
        }
    }

private:
    const std::string& file_name() const { return data_.files[file_index_]; }

    // With millions of distinct deals and patents every look-up misses the cache; fetching the slots of the rows
    // ahead lets those misses overlap instead of queueing one after another.
    static constexpr std::size_t lookahead = 16;

    void add_batch(const RowBatch& batch) {
        // The parties are interned on a second thread meanwhile: with them, they are half the loader's work, and
        // they touch nothing that the deals and patents do.
        std::future<void> parties;
        if (options_.with_parties) parties = std::async(std::launch::async, [&] { intern_parties(batch); });
        intern_deals(batch);
        intern_patents(batch);
        if (parties.valid()) parties.get();

        const auto& rows = batch.rows;
        const auto& starts = batch.deal_starts;
        std::size_t next_start = 0;
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const ParsedRow& row = rows[i];
            ++data_.load.rows_read;
            if (row.bad) {
                skip(row, batch);
                continue;
            }
            if (next_start < starts.size() && starts[next_start].row == i) recent_deal_ = start_deals_[next_start++];
            Transfer t{};
            t.deal = recent_deal_;
            t.patent = row_patents_[i];
            if (options_.with_parties) {
                t.from = row_parties_[i].from;
                t.to = row_parties_[i].to;
            } else {
                t.from = t.to = StringPool::npos;
            }
            t.date = row.date;
            t.kind = row.kind;
            t.file = file_index_;
            // Transfer keeps 32 bits of the line (past line 4,294,967,295 a row shows that line); errors while
            // reading name the whole number.
            t.line = std::uint32_t(std::min<std::uint64_t>(batch.line_of(row), UINT32_MAX));
            data_.add_row(t);
        }
    }

    // Calls look_up(i) for i in [0, count), having called prefetch(i + lookahead) before it.
    template <class Prefetch, class LookUp>
    static void look_up_ahead(std::size_t count, Prefetch prefetch, LookUp look_up) {
        for (std::size_t i = 0; i < count && i < lookahead; ++i) prefetch(i);
        for (std::size_t i = 0; i < count; ++i) {
            if (i + lookahead < count) prefetch(i + lookahead);
            look_up(i);
        }
    }

    // Fills row_patents_ with each good row's patent.
    void intern_patents(const RowBatch& batch) {
        const auto& rows = batch.rows;
        row_patents_.resize(rows.size());
        look_up_ahead(
            rows.size(),
            [&](std::size_t i) {
                if (!rows[i].bad) data_.patents.prefetch(rows[i].patent_lookup);
            },
            [&](std::size_t i) {
                const ParsedRow& row = rows[i];
                if (!row.bad) row_patents_[i] = data_.patents.intern(batch.view(row.patent), row.patent_lookup);
            });
    }

    // Fills row_parties_ with each good row's parties.
    void intern_parties(const RowBatch& batch) {
        const auto& rows = batch.rows;
        row_parties_.resize(rows.size());
        look_up_ahead(
            rows.size(),
            [&](std::size_t i) {
                if (rows[i].bad) return;
                data_.spellings.prefetch(rows[i].from_hash);
                data_.spellings.prefetch(rows[i].to_hash);
            },
            [&](std::size_t i) {
                const ParsedRow& row = rows[i];
                if (row.bad) return;
                row_parties_[i] = {from_parties_.intern(batch.view(row.from), row.from_hash),
                                   to_parties_.intern(batch.view(row.to), row.to_hash)};
            });
    }

    // Fills start_deals_ with the deal of each of the batch's deal starts. Rows of one deal usually come together:
    // only a row that names another deal than the row before is looked up.
    void intern_deals(const RowBatch& batch) {
        const auto& starts = batch.deal_starts;
        start_deals_.resize(starts.size());
        look_up_ahead(
            starts.size(), [&](std::size_t k) { data_.deals.prefetch(starts[k].hash); },
            [&](std::size_t k) { start_deals_[k] = data_.deals.intern(batch.view(starts[k].text), starts[k].hash); });
    }

    void skip(const ParsedRow& row, const RowBatch& batch) {
        skip_bad_row(data_.load, options_, file_name(), batch.line_of(row), std::string(batch.view(row.problem)));
    }

    Dataset& data_;
    std::uint16_t file_index_;
    const LoadOptions& options_;
    LoadProgress& progress_;
    PartyInterner from_parties_{data_}, to_parties_{data_};
    DealId recent_deal_ = StringPool::npos;  // of the last good row
    std::vector<DealId> start_deals_;       // per deal start of the batch
    std::vector<PatentId> row_patents_;     // per row of the batch
    struct RowParties {
        PartyId from, to;
    };
    std::vector<RowParties> row_parties_;   // likewise
};

// A snapshot, the only input: the data set it holds, whole (the caller narrows it to what its report needs).
Dataset load_snapshot(const std::string& path, const std::vector<std::string>& paths, const LoadOptions& options) {
    if (paths.size() != 1)
        throw UsageError(fmt::format("{} is a snapshot, which must be the only input (to add files to it: patlap "
                                     "import --append {} FILE...)",
                                     path, path));
    auto start = std::chrono::steady_clock::now();
    Dataset data = read_snapshot(path).data;
    data.load.load_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (options.progress) {
        LoadProgress progress;
        progress.rows = data.load.rows_read;
        progress.done = true;
        options.progress(progress);
    }
    return data;
}

}  // namespace

Dataset load_transfers(const std::vector<std::string>& paths, const LoadOptions& options) {
    auto start = std::chrono::steady_clock::now();
    for (const std::string& path : paths)
        if (path != "-" && is_snapshot_file(path)) return load_snapshot(path, paths, options);
    Dataset data;
    data.deal_patents_only = options.deal_patents_only;
    if (options.deal_patents_only) data.count_rows(options.row_sieve, options.with_patent_kinds, options.with_party_sides);
    LoadProgress progress;
    std::uint64_t total_guess = 0;
    for (const auto& path : paths) {
        struct stat info {};
        if (path != "-" && stat(path.c_str(), &info) == 0 && S_ISREG(info.st_mode)) total_guess += std::uint64_t(info.st_size);
    }
    progress.bytes_total = total_guess;
    AssignmentLoader records(data, options);
    std::vector<std::string> pad_tables;  // the Patent Assignment Dataset's tables are read together
    std::unique_ptr<PadReader> pad_members;  // the tables that came as members of zip archives, read as they came
    // Loads one input, a file or a member of an archive (a PAD table file is kept to be read with the others).
    std::function<void(std::unique_ptr<ByteSource>, const std::string&, bool)> load_one =
        [&](std::unique_ptr<ByteSource> source, const std::string& path, bool in_archive) {
        const std::string name = source->name();
        std::uint64_t rows_before = data.load.rows_read;
        char delimiter = delimiter_for(path, options);
        InputKind kind = input_kind_of(source->peek(input_kind_head_bytes), delimiter);
        if (in_archive && kind == InputKind::transfer_csv &&
            !names_transfer_columns(source->peek(input_kind_head_bytes), delimiter))
            throw InputError(name, 0, unknown_member_kind);
        switch (kind) {
            case InputKind::transfer_csv: {
                if (data.files.size() >= 65535) throw InputError(name, 0, "too many input files (at most 65535)");
                data.files.push_back(name);
                // A transfer row takes about 56 bytes of CSV: room for the file's rows saves growing the array.
                std::uint64_t expected_rows = source->size().value_or(0) / 56;
                FileLoader(data, std::uint16_t(data.files.size() - 1), options, progress)
                    .load(path, std::move(source), expected_rows);
                break;
            }
            case InputKind::uspto_xml: {
                // A transfer row takes about 800 bytes of assignment XML (815 in a real daily file): room for the
                // rows saves growing the array, whose doubling would need three times its size for a moment.
                if (source->size()) data.reserve_rows(*source->size() / 800);
                // A named regular file is read again by its path, in pieces on several threads (see UsptoXmlReader);
                // not a plain file that fits in one piece, which the pieces would hand back to one parser, read twice.
                const unsigned parsers = options.threads ? options.threads : std::min(std::thread::hardware_concurrency(), 4u);
                const bool one_piece = source->plain_file() && *source->size() <= UsptoXmlReader::default_block_bytes;
                if (!in_archive && path != "-" && parsers > 1 && source->size() && !one_piece) {
                    source.reset();
                    UsptoXmlReader reader(path, parsers);
                    records.load(reader, name, progress);
                    break;
                }
                UsptoXmlReader reader(std::move(source));
                records.load(reader, name, progress);
                break;
            }
            case InputKind::uspto_json: {
                UsptoJsonReader reader(std::move(source));
                records.load(reader, name, progress);
                break;
            }
            case InputKind::pad_table:
                if (in_archive) {  // read now: the next member comes from the same stream
                    if (!pad_members) pad_members = std::make_unique<PadReader>();
                    pad_members->read_table(std::move(source));
                    return;
                }
                if (path == "-")
                    throw InputError(name, 1, "a Patent Assignment Dataset table cannot be read from standard input "
                                              "(the tables are joined): name the folder or the table files, or pipe "
                                              "in a zip of them");
                pad_tables.push_back(path);
                return;
            case InputKind::snapshot:
                throw InputError(name, 0, "a snapshot is read from its own file, not from standard input, a gzip "
                                          "stream or an archive");
            case InputKind::zip_archive: {
                if (in_archive) throw InputError(name, 0, "a zip archive inside a zip archive: unpack the outer one");
                ZipArchive zip(std::move(source));
                std::uint64_t zip_progress = progress.bytes_read;
                while (std::unique_ptr<ByteSource> member = zip.next_member()) {
                    progress.bytes_read = zip_progress;  // a member's position is the archive's
                    std::string member_name = member->name();
                    load_one(std::move(member), member_name, true);
                }
                return;
            }
        }
        if (data.load.rows_read == rows_before) data.load.files_without_rows.push_back(name);
    };
    for (const std::string& path : paths) {
        std::error_code not_a_folder;  // a path that cannot be looked at is left to ByteSource, which names why
        if (path != "-" && std::filesystem::is_directory(path, not_a_folder)) {
            pad_tables.push_back(path);
            continue;
        }
        load_one(std::make_unique<ByteSource>(path), path, false);
    }
    if (!pad_tables.empty() || pad_members) {
        PadReader& reader = pad_members ? *pad_members : *(pad_members = std::make_unique<PadReader>());
        reader.set_threads(options.threads);
        reader.add_paths(pad_tables);
        reader.check_tables();
        records.load(reader, pad_tables.empty() ? reader.table_path(PadTable::assignment) : pad_tables.front(), progress);
    }
    records.finish();
    data.has_parties = options.with_parties;
    data.finish(options.rank_deal_names, options.threads != 1);
    data.load.load_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    progress.rows = data.load.rows_read;
    progress.done = true;
    if (options.progress) options.progress(progress);
    return data;
}

}  // namespace patlap
