#pragma once
// Loads USPTO recorded conveyances (from the assignment XML or the Patent Assignment Dataset tables) into a
// Dataset as transfer rows: every assignor x assignee x property of a record is one row of the record's deal
// (see assignment_rows.h for the deal, date, kind and patent keys).
#include "input/uspto/application_index.h"
#include "input/uspto/assignment_record.h"
#include "input/uspto/assignment_rows.h"
#include "input/load_options.h"
#include "input/party_interner.h"

#include <string>
#include <vector>

namespace patlap {

class AssignmentLoader {
public:
    AssignmentLoader(Dataset& data, const LoadOptions& options);

    // Reads every record of `source`, whose rows name `file` unless a record names its own. Throws InputError
    // for an unusable record unless options.skip_bad_rows, which counts it instead.
    void load(AssignmentRecordSource& source, const std::string& file, LoadProgress& progress);

    // Makes each application one asset with its patent, across every record loaded: rows that named only the
    // application move to the patent. Call once, after the last load and before Dataset::finish().
    void finish();

private:
    void add(const AssignmentRecord& record, std::uint16_t file);
    PatentId patent_of(const AssignmentProperty& property);  // interns the property's patent, keeps its numbers
    PatentId intern_patent(const AssignmentProperty& property);
    void keep_numbers(const AssignmentProperty& property, PatentId patent);  // with_patent_numbers
    std::uint16_t file_index(const std::string& name);

    Dataset& data_;
    const LoadOptions& options_;
    PartyInterner from_parties_, to_parties_;
    RecordFacts facts_;
    std::string patent_key_, application_key_, publication_key_;
    std::vector<PartyId> from_, to_;
    std::vector<PatentId> properties_;
    ApplicationIndex applications_;
    std::vector<std::uint64_t> fingerprints_;  // per deal: its first record's record_fingerprint, 0 for none
    std::vector<bool> partial_deals_;  // per deal: a copy read lists fewer properties than the record has
};

}  // namespace patlap
