#include "input/uspto/assignment_loader.h"

#include "base/errors.h"
#include "input/uspto/record_fingerprint.h"
#include "model/party_name.h"

#include <algorithm>
#include <fmt/format.h>

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
    AssignmentRecord record;
    std::uint64_t count = 0;
    while (source.next(record)) {
        add(record, record.file.empty() ? own_file : file_index(record.file));
        if (++count % 4096 == 0 && options_.progress) {
            progress.bytes_read = base_bytes + source.bytes_read();
            progress.rows = data_.load.rows_read;
            options_.progress(progress);
        }
    }
    progress.bytes_read = base_bytes + source.bytes_read();
    data_.load.bytes_read = base_data + source.data_bytes();
    if (std::string short_of = source.shortfall(); !short_of.empty())
        data_.load.short_inputs.push_back(describe_location(file, 0, short_of));
}

void AssignmentLoader::add(const AssignmentRecord& record, std::uint16_t file) {
    LoadSummary& load = data_.load;
    ++load.records_read;
    load.record_assignors += record.assignors.size();
    load.record_assignees += record.assignees.size();
    load.record_properties += record.properties.size();
    std::string problem = read_record_facts(record, facts_);
    properties_.clear();
    if (problem.empty())
        for (const AssignmentProperty& property : record.properties)
            if (!property_keys(property, patent_key_, application_key_)) {
                problem = "record " + facts_.deal + " has a property with no patent, application or publication number";
                break;
            }
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
                                  fmt::format("record {} lists {} of its {} properties", facts_.deal,
                                              record.properties.size(), *record.stated_properties)));
        ++load.records_short_of_properties;
    }

    DealId deal = data_.deals.intern(facts_.deal);
    std::uint64_t fingerprint = record_fingerprint(record, facts_);
    if (deal >= fingerprints_.size()) {
        fingerprints_.resize(std::size_t(deal) + 1, 0);
        partial_deals_.resize(std::size_t(deal) + 1, false);
    }
    if (std::uint64_t first = fingerprints_[deal]; first == fingerprint) {
        // The same record saved twice: its rows are there already, but a later copy may name the patents granted
        // on its applications since, which makes them one asset with those patents.
        ++load.duplicate_records;
        for (const AssignmentProperty& property : record.properties) patent_of(property);
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
        if (facts_.reference) {  // the table is only as long as the last deal with a reference needs
            if (data_.deal_reference.size() <= deal) data_.deal_reference.resize(deal + 1, StringPool::npos);
            data_.deal_reference[deal] = data_.references.intern(deal_id_of(*facts_.reference));
        }
    }

    for (const AssignmentProperty& property : record.properties) properties_.push_back(patent_of(property));
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
                data_.add_row(Transfer{deal, patent, from, to, facts_.date, line, file, facts_.kind});
                ++load.rows_read;
            }
}

PatentId AssignmentLoader::patent_of(const AssignmentProperty& property) {
    PatentId patent = intern_patent(property);
    if (options_.with_patent_numbers) keep_numbers(property, patent);
    return patent;
}

PatentId AssignmentLoader::intern_patent(const AssignmentProperty& property) {
    property_keys(property, patent_key_, application_key_);  // add() checked that it has a number
    if (application_key_.empty()) return data_.patents.intern(patent_key_);
    if (patent_key_ != application_key_) {  // granted: the patent's key
        PatentId patent = data_.patents.intern(patent_key_);
        applications_.grant(application_key_, patent);
        return patent;
    }
    return applications_.patent_alone(application_key_, [&] { return data_.patents.intern(application_key_); });
}

// The numbers that do not already key the patent: the application of a grant, the publication of either.
// `patent_key_` and `application_key_` are still the property's, as intern_patent read them.
void AssignmentLoader::keep_numbers(const AssignmentProperty& property, PatentId patent) {
    if (!application_key_.empty() && application_key_ != patent_key_)
        data_.patent_numbers.add(PatentNumbers::Kind::application, application_key_, patent);
    if (publication_key(property, publication_key_) && publication_key_ != patent_key_)
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
