#include "input/uspto/assignment_loader.h"

#include "base/errors.h"
#include "input/uspto/record_fingerprint.h"
#include "model/party_name.h"
#include "base/blocking_queue.h"
#include "base/two_threads.h"
#include "base/worker.h"

#include <algorithm>
#include <exception>
#include <fmt/format.h>
#include <memory>
#include <optional>
#include <stdexcept>

namespace patlap {

AssignmentLoader::AssignmentLoader(Dataset& data, const LoadOptions& options)
    : data_(data), options_(options), from_parties_(data), to_parties_(data) {}

std::uint16_t AssignmentLoader::file_index(const std::string& name) {
    auto found = std::find(data_.files.begin(), data_.files.end(), name);
    if (found != data_.files.end()) return std::uint16_t(found - data_.files.begin());
    if (data_.files.size() >= 65535) throw InputError(name, 0, "too many input files (at most 65535)");
    data_.files.push_back(name);
    return std::uint16_t(data_.files.size() - 1);
}

void AssignmentLoader::load(AssignmentRecordSource& source, const std::string& file, LoadProgress& progress) {
    std::uint16_t own_file = file_index(file);
    std::uint64_t base_bytes = progress.bytes_read, base_data = data_.load.bytes_read;
    if (threads_or_cores(options_.threads) >= 2) load_alongside(source, own_file, base_bytes, progress);
    else load_in_turn(source, own_file, base_bytes, progress);
    progress.bytes_read = base_bytes + source.bytes_read();
    data_.load.bytes_read = base_data + source.data_bytes();
    if (std::string short_of = source.shortfall(); !short_of.empty())
        data_.load.short_inputs.push_back(describe_location(file, 0, short_of));
}

void AssignmentLoader::prepare(PreparedRecord& prepared) {
    const AssignmentRecord& record = prepared.record;
    prepared.problem = read_record_facts(record, prepared.facts);
    prepared.patent_keys.resize(record.properties.size());
    prepared.application_keys.resize(record.properties.size());
    for (std::size_t i = 0; i < record.properties.size(); ++i)
        if (!property_keys(record.properties[i], prepared.patent_keys[i], prepared.application_keys[i]) &&
            prepared.problem.empty())
            prepared.problem =
                "record " + prepared.facts.deal + " has a property with no patent, application or publication number";
}

void AssignmentLoader::load_in_turn(AssignmentRecordSource& source, std::uint16_t own_file, std::uint64_t base_bytes,
                                    LoadProgress& progress) {
    PreparedRecord prepared;
    for (std::uint64_t count = 1; source.next(prepared.record); ++count) {
        prepare(prepared);
        add(prepared, prepared.record.file.empty() ? own_file : file_index(prepared.record.file));
        if (count % 4096 == 0 && options_.progress) {
            progress.bytes_read = base_bytes + source.bytes_read();
            progress.rows = data_.load.rows_read;
            options_.progress(progress);
        }
    }
}

// The reading thread fills batches of records and hands them over in order; the batches go round between the two
// threads, so that at most `batch_count` of them exist and their strings keep their room from one use to the next.
void AssignmentLoader::load_alongside(AssignmentRecordSource& source, std::uint16_t own_file,
                                      std::uint64_t base_bytes, LoadProgress& progress) {
    // Few, small batches: each slot keeps the room of the largest record it has held.
    constexpr std::size_t batch_records = 32, batch_count = 4;
    struct Batch {
        std::vector<PreparedRecord> records = std::vector<PreparedRecord>(batch_records);
        std::size_t size = 0;
        std::uint64_t bytes_read = 0;  // the source's, after the batch's last record
        bool last = false;
        std::exception_ptr error;  // what reading the source threw after the batch's records
    };
    BlockingQueue<std::unique_ptr<Batch>> free, full;
    for (std::size_t i = 0; i < batch_count; ++i) free.push(std::make_unique<Batch>());
    auto read = [&] {
        struct Done {  // however the reading ends, the adding thread is not left waiting
            BlockingQueue<std::unique_ptr<Batch>>& full;
            ~Done() { full.close(); }
        } done{full};
        for (;;) {
            std::optional<std::unique_ptr<Batch>> batch = free.pop();
            if (!batch) return;  // the adding thread has stopped
            Batch& b = **batch;
            b.size = 0;
            try {
                while (b.size < batch_records && source.next(b.records[b.size].record)) prepare(b.records[b.size++]);
                b.last = b.size < batch_records;
            } catch (...) {
                b.error = std::current_exception();
                b.last = true;
            }
            b.bytes_read = source.bytes_read();
            const bool last = b.last;
            full.push(std::move(*batch));
            if (last) return;
        }
    };
    Worker reader(read);
    // Stops the reading thread however this one leaves (an unusable record throws).
    struct StopReading {
        BlockingQueue<std::unique_ptr<Batch>>& free;
        ~StopReading() { free.close(); }
    } stop{free};
    std::uint64_t count = 0;
    for (;;) {
        std::optional<std::unique_ptr<Batch>> batch = full.pop();
        if (!batch) {  // the reading thread ended without a last batch: what it threw
            reader.join();
            throw std::logic_error("the reading thread stopped before the last record");
        }
        Batch& b = **batch;
        for (std::size_t i = 0; i < b.size; ++i) {
            const PreparedRecord& prepared = b.records[i];
            add(prepared, prepared.record.file.empty() ? own_file : file_index(prepared.record.file));
            if (++count % 4096 == 0 && options_.progress) {
                progress.bytes_read = base_bytes + b.bytes_read;
                progress.rows = data_.load.rows_read;
                options_.progress(progress);
            }
        }
        if (b.error) std::rethrow_exception(b.error);
        if (b.last) break;
        free.push(std::move(*batch));
    }
    reader.join();
}

void AssignmentLoader::add(const PreparedRecord& prepared, std::uint16_t file) {
    const AssignmentRecord& record = prepared.record;
    const RecordFacts& facts = prepared.facts;
    LoadSummary& load = data_.load;
    ++load.records_read;
    load.record_assignors += record.assignors.size();
    load.record_assignees += record.assignees.size();
    load.record_properties += record.properties.size();
    const std::string& problem = prepared.problem;
    properties_.clear();
    if (!problem.empty()) {
        ++load.rows_read;
        skip_bad_row(load, options_, data_.files[file], record.line, problem);
        return;
    }
    const bool partial = record.stated_properties && *record.stated_properties > record.properties.size();
    if (partial) {
        if (load.first_short_records.size() < options_.skip_reasons_kept)
            load.first_short_records.push_back(
                describe_location(data_.files[file], record.line,
                                  fmt::format("record {} lists {} of its {} properties", facts.deal,
                                              record.properties.size(), *record.stated_properties)));
        ++load.records_short_of_properties;
    }

    DealId deal = data_.deals.intern(facts.deal);
    std::uint64_t fingerprint = record_fingerprint(record, facts);
    if (deal >= fingerprints_.size()) {
        fingerprints_.resize(std::size_t(deal) + 1, 0);
        partial_deals_.resize(std::size_t(deal) + 1, false);
    }
    if (std::uint64_t first = fingerprints_[deal]; first == fingerprint) {
        // The same record saved twice: its rows are there already, but a later copy may name the patents granted
        // on its applications since, which makes them one asset with those patents.
        ++load.duplicate_records;
        for (std::size_t i = 0; i < record.properties.size(); ++i) patent_of(prepared, i);
        return;
    } else if (first != 0) {
        // Copies that list only some of the record's properties (search hits) differ in them as a matter of course:
        // each lists the ones its search matched, and the rows of all of them are the record's.
        std::uint8_t parts = differing_parts(first, fingerprint);
        if (parts != record_properties || !(partial || partial_deals_[deal]))
            data_.differing_record_copies.push_back(
                {deal, file, std::uint32_t(std::min<std::uint64_t>(record.line, UINT32_MAX)), parts});
    } else {
        fingerprints_[deal] = fingerprint;
    }
    if (partial) partial_deals_[deal] = true;
    if (options_.with_record_texts) {
        if (data_.deal_conveyance.size() <= deal) data_.deal_conveyance.resize(deal + 1, StringPool::npos);
        data_.deal_conveyance[deal] = data_.conveyances.intern(record.conveyance);
        if (facts.reference) {  // the table is only as long as the last deal with a reference needs
            if (data_.deal_reference.size() <= deal) data_.deal_reference.resize(deal + 1, StringPool::npos);
            data_.deal_reference[deal] = data_.references.intern(deal_id_of(*facts.reference));
        }
    }

    for (std::size_t i = 0; i < record.properties.size(); ++i) properties_.push_back(patent_of(prepared, i));
    from_.clear();
    to_.clear();
    if (options_.with_parties) {
        auto intern = [&](const AssignmentParty& party, PartyInterner& interner) {
            NameAndRole split = split_role(party.name);
            PartyId id = interner.intern(split.name);
            if (!split.role.empty() && options_.with_record_texts)
                data_.party_roles.push_back({deal, interner.last_spelling(), data_.roles.intern(split.role)});
            return id;
        };
        for (const AssignmentParty& p : record.assignors) from_.push_back(intern(p, from_parties_));
        for (const AssignmentParty& p : record.assignees) to_.push_back(intern(p, to_parties_));
    } else {
        from_.assign(record.assignors.size(), StringPool::npos);
        to_.assign(record.assignees.size(), StringPool::npos);
    }
    auto line = std::uint32_t(std::min<std::uint64_t>(record.line, UINT32_MAX));
    for (PatentId patent : properties_)
        for (PartyId from : from_)
            for (PartyId to : to_) {
                data_.add_row(Transfer{deal, patent, from, to, facts.date, line, file, facts.kind});
                ++load.rows_read;
            }
}

PatentId AssignmentLoader::patent_of(const PreparedRecord& prepared, std::size_t property) {
    const std::string& patent_key = prepared.patent_keys[property];
    const std::string& application_key = prepared.application_keys[property];
    PatentId patent = intern_patent(patent_key, application_key);
    if (options_.with_patent_numbers) keep_numbers(prepared.record.properties[property], patent_key, application_key, patent);
    return patent;
}

PatentId AssignmentLoader::intern_patent(const std::string& patent_key, const std::string& application_key) {
    if (application_key.empty()) return data_.patents.intern(patent_key);
    if (patent_key != application_key) {  // granted: the patent's key
        PatentId patent = data_.patents.intern(patent_key);
        applications_.grant(application_key, patent);
        return patent;
    }
    return applications_.patent_alone(application_key, [&] { return data_.patents.intern(application_key); });
}

// The numbers that do not already key the patent: the application of a grant, the publication of either.
void AssignmentLoader::keep_numbers(const AssignmentProperty& property, const std::string& patent_key,
                                    const std::string& application_key, PatentId patent) {
    if (!application_key.empty() && application_key != patent_key)
        data_.patent_numbers.add(PatentNumbers::Kind::application, application_key, patent);
    if (publication_key(property, publication_key_) && publication_key_ != patent_key)
        data_.patent_numbers.add(PatentNumbers::Kind::publication, publication_key_, patent);
}

void AssignmentLoader::finish() {
    data_.patent_numbers.finish();  // sorted by number, which the renumbering below leaves as it is
    std::vector<PatentId> merged_into;
    if (!applications_.merges().empty()) {
        merged_into.assign(data_.patents.size(), StringPool::npos);
        for (auto [alone, grant] : applications_.merges()) merged_into[alone] = grant;
    }
    applications_ = ApplicationIndex();  // not needed any more: its memory goes before the dataset is finished
    std::vector<std::uint64_t>().swap(fingerprints_);
    std::vector<bool>().swap(partial_deals_);
    if (merged_into.empty()) return;
    // Re-intern the patents without the merged application keys, so that every patent id stays in use.
    PatentPool kept;
    std::vector<PatentId> new_id(data_.patents.size(), StringPool::npos);
    for (PatentId p = 0; p < data_.patents.size(); ++p)
        if (merged_into[p] == StringPool::npos) new_id[p] = kept.intern(data_.patents.str(p));
    auto renumber = [&](PatentId& patent) {
        PatentId p = merged_into[patent] != StringPool::npos ? merged_into[patent] : patent;
        patent = new_id[p];
    };
    for (Transfer& t : data_.transfers) renumber(t.patent);
    for (Dataset::DealPatent& row : data_.deal_patent_rows) renumber(row.patent);
    data_.patent_numbers.renumber(renumber);
    data_.patents = std::move(kept);
}

}  // namespace patlap
