#include "input/uspto/assignment_center_json.h"

#include "base/text.h"
#include "input/uspto/json_record_fields.h"
#include "input/uspto/record_checks.h"

#include <array>
#include <fmt/format.h>

namespace patlap {
namespace {

// The conveyance codes of the Assignment Center's search hits and the kinds they name; 40 ("other") names none.
struct CodeKind {
    std::string_view code;
    std::optional<TransferKind> kind;
};
constexpr std::array<CodeKind, 7> conveyance_codes = {{
    {"23", TransferKind::assignment},   // ASSIGNMENT OF ASSIGNOR'S INTEREST
    {"25", TransferKind::security},     // LIEN
    {"28", TransferKind::merger},       // MERGER
    {"33", TransferKind::name_change},  // CHANGE OF NAME
    {"34", TransferKind::assignment},   // NUNC PRO TUNC ASSIGNMENT
    {"36", TransferKind::release},      // RELEASE OF SECURITY INTEREST
    {"40", std::nullopt},               // everything else: the conveyance text says
}};

std::string known_codes() {
    std::string list;
    for (const CodeKind& c : conveyance_codes) list += fmt::format("{}{}", list.empty() ? "" : ", ", c.code);
    return list;
}

bool is_data_element(JsonPath path) {
    return path.size() >= 3 && is_path(path.first(3), {"successResponse", "data", "[]"});
}

}  // namespace

void AssignmentCenterResponse::open(JsonPath path, bool array, std::uint64_t line) {
    if (is_path(path, {"successResponse"}) && !array) recognised_ = true;
    if (is_path(path, {"successResponse", "data"}) && array) data_seen_ = true;
    if (!is_data_element(path)) return;
    if (path.size() == 3) {
        if (array) return;  // not a record: end_record says so
        AssignmentRecord& r = records_.emplace_back();
        r.line = line;
        in_record_ = true;
        code_.clear();
        record_execution_ = 0;
        ++listed_;
        return;
    }
    if (!in_record_ || array || path.size() != 5 || !path[4].element) return;
    if (path[3].key == "assignors") record().assignors.emplace_back();
    if (path[3].key == "properties") record().properties.emplace_back();
    if (path[3].key == "assignees") note_problem(record(), "an assignee that is not a name");
}

void AssignmentCenterResponse::close(JsonPath path, bool array) {
    if (in_record_ && !array && path.size() == 3 && is_data_element(path)) end_record();
}

void AssignmentCenterResponse::scalar(JsonPath path, const JsonScalar& value, std::uint64_t) {
    if (is_path(path, {"successResponse"})) recognised_ = true;  // null in a failure's response
    if (path.size() == 1 && path[0].key == "status") status_ = json_text(value);
    if (path.size() == 1 && path[0].key == "error") error_ = json_text(value);
    if (is_path(path, {"successResponse", "totalRows"}) && value.type == JsonScalar::Type::number)
        if (auto rows = json_count(value.text)) total_rows_ = *rows;
    if (!in_record_ || !is_data_element(path) || path.size() < 4) return;
    AssignmentRecord& r = record();
    std::string_view text = json_text(value);
    const std::string& field = path[3].key;
    if (path.size() == 4) {
        if (field == "reelNumber") {
            r.reel.assign(text);
        } else if (field == "frameNumber") {
            r.frame.assign(text);
        } else if (field == "conveyance") {
            r.conveyance.assign(text);
        } else if (field == "conveyanceCode") {
            code_.assign(text);
        } else if (field == "noOfProperties" && value.type == JsonScalar::Type::number) {
            r.stated_properties = json_count(text);
        } else if (field == "assignorExecutionDate") {
            read_date_field(r, field, text, JsonDateForm::us, record_execution_);
        }
        return;
    }
    if (path.size() == 5 && field == "assignees" && path[4].element) {
        r.assignees.push_back({std::string(text), 0});
        return;
    }
    if (path.size() != 6 || !path[4].element) return;
    const std::string& part = path[5].key;
    if (field == "assignors") {
        read_assignor_field(r, part, text, JsonDateForm::us);
    } else if (field == "properties" && !r.properties.empty()) {
        AssignmentProperty& property = r.properties.back();
        if (part == "applicationNumber") property.application.assign(text);
        else if (part == "patentNumber") property.grant.assign(text);
        else if (part == "publicationNumber") property.publication.assign(text);
    }
}

void AssignmentCenterResponse::end_record() {
    in_record_ = false;
    AssignmentRecord& r = record();
    for (AssignmentParty& assignor : r.assignors)
        if (assignor.date == 0) assignor.date = record_execution_;
    std::size_t numbered = 0;
    for (const AssignmentProperty& p : r.properties) numbered += !(p.grant.empty() && p.application.empty() && p.publication.empty());
    if (numbered < r.properties.size()) note_problem(r, "a property with no patent, application or publication number");
    if (!code_.empty()) {
        const CodeKind* known = nullptr;
        for (const CodeKind& c : conveyance_codes)
            if (c.code == code_) known = &c;
        if (known)
            r.kind = known->kind;
        else
            note_problem(r, fmt::format("unknown conveyanceCode {} (known: {})", code_.substr(0, 20), known_codes()));
    }
    if (std::string missing = missing_record_parts(r); !missing.empty()) note_problem(r, std::move(missing));
}

std::string AssignmentCenterResponse::failure() const {
    if (!status_.empty() && ascii_lower(status_) != "success")
        return fmt::format("the Assignment Center reports status \"{}\"{}", status_.substr(0, 40),
                           error_.empty() ? "" : fmt::format(": {}", error_.substr(0, 200)));
    if (!error_.empty()) return fmt::format("the Assignment Center reports an error: {}", error_.substr(0, 200));
    if (!data_seen_) return "the Assignment Center response has no successResponse.data list of records";
    return {};
}

std::string AssignmentCenterResponse::shortfall() const {
    if (!total_rows_ || *total_rows_ <= listed_) return {};
    return fmt::format("the response lists {} of the {} records its totalRows counts (the rest are on later pages, or "
                       "the service left them out)",
                       listed_, *total_rows_);
}

}  // namespace patlap
