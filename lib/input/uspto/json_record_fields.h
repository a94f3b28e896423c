#pragma once
// What the readers of the USPTO's JSON responses share in filling a record from its fields: a value's text, the
// two date forms, the assignor's fields, and the first problem kept.
#include "input/uspto/assignment_record.h"
#include "input/uspto/json_events.h"

#include <optional>
#include <string>
#include <string_view>

namespace patlap {

enum class JsonDateForm {
    us,   // MM/DD/YYYY: the Assignment Center
    iso,  // YYYY-MM-DD, perhaps with a time after it: the Open Data Portal
};

// A value as text, blanks trimmed; null is empty.
std::string_view json_text(const JsonScalar& value);

// A date in `form`; empty (missing) is 0. nullopt for anything else.
std::optional<Date> json_date(std::string_view text, JsonDateForm form);

// Keeps `problem` as the record's unless it has one already.
void note_problem(AssignmentRecord& record, std::string problem);

// Reads a date field into `date`, or notes the problem of a value that is not one.
void read_date_field(AssignmentRecord& record, std::string_view field, std::string_view text, JsonDateForm form,
                     Date& date);

// The fields of an assignor object both services write: assignorName and executionDate, into the record's last
// assignor. Other fields are passed over.
void read_assignor_field(AssignmentRecord& record, std::string_view field, std::string_view text, JsonDateForm form);

}  // namespace patlap
