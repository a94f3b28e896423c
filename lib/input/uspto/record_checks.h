#pragma once
// What every USPTO reader checks of a record it has read whole: the parts without which it cannot be used.
#include "input/uspto/assignment_record.h"

#include <string>

namespace patlap {

// "no reel number", "the frame number "12a" is not a number", "no assignor name", "no assignee name", "no
// property with a patent, application or publication number", or empty when the record has every part.
std::string missing_record_parts(const AssignmentRecord& record);

}  // namespace patlap
