#include "input/uspto/json_record_fields.h"

#include "base/text.h"

#include <fmt/format.h>

namespace patlap {

std::string_view json_text(const JsonScalar& value) {
    return value.type == JsonScalar::Type::null ? std::string_view() : trim_blanks(value.text);
}

std::optional<Date> json_date(std::string_view text, JsonDateForm form) {
    if (text.empty()) return Date(0);
    if (form == JsonDateForm::us) {
        if (text.size() != 10 || text[2] != '/' || text[5] != '/') return std::nullopt;
        return parse_date(fmt::format("{}-{}-{}", text.substr(6, 4), text.substr(0, 2), text.substr(3, 2)));
    }
    if (text.size() > 10 && (text[10] == 'T' || text[10] == ' ')) text = text.substr(0, 10);
    if (text.size() != 10 || text[4] != '-') return std::nullopt;
    return parse_date(text);
}

void note_problem(AssignmentRecord& record, std::string problem) {
    if (record.problem.empty()) record.problem = std::move(problem);
}

void read_date_field(AssignmentRecord& record, std::string_view field, std::string_view text, JsonDateForm form,
                     Date& date) {
    if (auto value = json_date(text, form)) {
        date = *value;
        return;
    }
    note_problem(record, fmt::format("{} \"{}\" is not a date ({})", field, text.substr(0, 40),
                                     form == JsonDateForm::us ? "MM/DD/YYYY" : "YYYY-MM-DD"));
}

void read_assignor_field(AssignmentRecord& record, std::string_view field, std::string_view text, JsonDateForm form) {
    if (record.assignors.empty()) return;
    if (field == "assignorName") record.assignors.back().name.assign(text);
    if (field == "executionDate") read_date_field(record, field, text, form, record.assignors.back().date);
}

}  // namespace patlap
