#pragma once
// One recorded conveyance as the USPTO publishes it (a reel/frame with its assignors, assignees and properties),
// the common form of the assignment XML and JSON and the Patent Assignment Dataset tables before any becomes
// transfer rows.
#include "model/date.h"
#include "model/transfer_kind.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace patlap {

struct AssignmentParty {
    std::string name;     // as written, role qualifier included ("BANK OF AMERICA, N.A., AS ADMINISTRATIVE AGENT")
    Date date = 0;        // assignors: the execution date; 0 when missing or invalid
};

struct AssignmentProperty {
    std::string grant;        // patent (grant) number as written; empty when not granted
    std::string application;  // application number as written; may be empty
    std::string publication;  // pre-grant publication number; may be empty
    std::string country = "US";
};

struct AssignmentRecord {
    std::string reel, frame;   // the deal id is "REEL/FRAME" with the numbers as written
    Date recorded = 0;         // recorded date; 0 when missing or invalid
    std::string conveyance;    // the conveyance text as written
    // The kind when the source states one (the PAD's convey_ty); otherwise it comes from the conveyance text.
    std::optional<TransferKind> kind;
    // Whether the source says the assignors are the inventors, assigning to their employer (the PAD's
    // employer_assign); otherwise their names decide (assignment_rows.h).
    std::optional<bool> by_inventors;
    std::vector<AssignmentParty> assignors, assignees;
    std::vector<AssignmentProperty> properties;
    // How many properties the source says the record has, when it says so (the Assignment Center's
    // noOfProperties): a record that lists fewer is reported, not taken as whole.
    std::optional<std::uint64_t> stated_properties;
    std::uint64_t line = 0;    // where the record starts in its file (1-based line)
    std::string file;  // the file `line` is in, when the source reads several (PAD tables); empty: the source's own
    std::string problem;       // non-empty for a record that cannot be used: what is wrong with it

    void clear() {
        reel.clear();
        frame.clear();
        recorded = 0;
        conveyance.clear();
        kind.reset();
        by_inventors.reset();
        assignors.clear();
        assignees.clear();
        properties.clear();
        stated_properties.reset();
        line = 0;
        file.clear();
        problem.clear();
    }
};

// A reader of one input that yields its records in file order. Implementations never throw from next() for a
// bad record (they set `problem`); a file that cannot be read on (truncated XML, I/O error) throws InputError.
class AssignmentRecordSource {
public:
    virtual ~AssignmentRecordSource() = default;
    // Fills `record` (cleared first) with the next record; false when there is none left.
    virtual bool next(AssignmentRecord& record) = 0;
    // Bytes of the input consumed so far, for progress.
    virtual std::uint64_t bytes_read() const = 0;
    // Bytes of data read so far, after decompression: what `stats` reports.
    virtual std::uint64_t data_bytes() const = 0;
    // Once every record is read: where the input says it holds more than it does (a search response that lists
    // fewer records than it found), as "what is short"; empty when nothing is.
    virtual std::string shortfall() const { return {}; }
};

}  // namespace patlap
