#pragma once
// A recorded conveyance's content in 64 bits, to tell a record saved twice (overlapping downloads of the search
// service, a daily file read with the backfile) from two different records under one reel/frame.
#include "input/uspto/assignment_record.h"
#include "input/uspto/assignment_rows.h"

#include <cstdint>

namespace patlap {

// Four 16-bit hashes side by side, one per RecordPart (model/dataset.h): the header (date, kind, conveyance
// text), the assignors (names and execution dates), the assignees and the properties (each by its application
// number when it has one, so a copy saved after a grant is the same record), each blind to the order in which
// its items are listed. Never 0.
std::uint64_t record_fingerprint(const AssignmentRecord& record, const RecordFacts& facts);

// The RecordPart bits of the parts whose hashes differ.
std::uint8_t differing_parts(std::uint64_t a, std::uint64_t b);

}  // namespace patlap
