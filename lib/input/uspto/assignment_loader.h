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
    // for an unusable record unless options.skip_bad_rows, which counts it instead. With two threads or more
    // (options.threads, 0 for the machine's), the source is read, and each record's facts and keys worked out,
    // on a second thread while the first adds the records before it, in order.
    void load(AssignmentRecordSource& source, const std::string& file, LoadProgress& progress);

    // Makes each application one asset with its patent, across every record loaded: rows that named only the
    // application move to the patent. Call once, after the last load and before Dataset::finish().
    void finish();

private:
    // A record with what can be worked out from it alone: on the reading thread, when there are two.
    struct PreparedRecord {
        AssignmentRecord record;
        RecordFacts facts;
        std::string problem;  // what makes it unusable, or empty
        std::vector<std::string> patent_keys, application_keys;  // per property (property_keys)
    };
    static void prepare(PreparedRecord& prepared);
    void load_in_turn(AssignmentRecordSource& source, std::uint16_t own_file, std::uint64_t base_bytes,
                      LoadProgress& progress);
    void load_alongside(AssignmentRecordSource& source, std::uint16_t own_file, std::uint64_t base_bytes,
                        LoadProgress& progress);
    void add(const PreparedRecord& prepared, std::uint16_t file);
    // Interns the record's property'th patent, and keeps its numbers.
    PatentId patent_of(const PreparedRecord& prepared, std::size_t property);
    PatentId intern_patent(const std::string& patent_key, const std::string& application_key);
    void keep_numbers(const AssignmentProperty& property, const std::string& patent_key,
                      const std::string& application_key, PatentId patent);  // with_patent_numbers
    std::uint16_t file_index(const std::string& name);

    Dataset& data_;
    const LoadOptions& options_;
    PartyInterner from_parties_, to_parties_;
    std::string publication_key_;
    std::vector<PartyId> from_, to_;
    std::vector<PatentId> properties_;
    ApplicationIndex applications_;
    std::vector<std::uint64_t> fingerprints_;  // per deal: its first record's record_fingerprint, 0 for none
    std::vector<bool> partial_deals_;  // per deal: a copy read lists fewer properties than the record has
};

}  // namespace patlap
