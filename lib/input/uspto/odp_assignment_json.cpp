#include "input/uspto/odp_assignment_json.h"

#include "base/text.h"
#include "input/uspto/json_record_fields.h"
#include "input/uspto/record_checks.h"

#include <fmt/format.h>

namespace patlap {
namespace {

// The list of applications: patentFileWrapperDataBag (2025) or patentBag (2024).
bool is_bag(const JsonStep& step) {
    return !step.element && (step.key == "patentFileWrapperDataBag" || step.key == "patentBag");
}

// An application of the list: [bag, element].
bool in_application(JsonPath path) { return path.size() >= 2 && is_bag(path[0]) && path[1].element; }

}  // namespace

void OdpAssignmentResponse::begin_record(std::size_t depth, std::uint64_t line) {
    AssignmentRecord& r = records_.emplace_back();
    r.line = line;
    record_depth_ = depth;
    reel_frame_.clear();
}

void OdpAssignmentResponse::open(JsonPath path, bool array, std::uint64_t line) {
    if (path.size() == 1 && is_bag(path[0]) && array) recognised_ = true;
    if (!in_application(path)) return;
    if (path.size() == 2) {
        if (array) return;
        in_application_ = true;
        ++applications_;
        application_.clear();
        patent_.clear();
        first_record_ = records_.size();
        return;
    }
    if (!in_application_) return;
    if (record_depth_ == 0) {
        // The assignmentBag: one assignment object, or a list of them.
        if (path[2].element || path[2].key != "assignmentBag" || array) return;
        if (path.size() == 3 || (path.size() == 4 && path[3].element)) begin_record(path.size(), line);
        return;
    }
    if (path.size() != record_depth_ + 2 || array || !path[record_depth_ + 1].element) return;
    const std::string& bag = path[record_depth_].key;
    if (bag == "assignorBag") record().assignors.emplace_back();
    if (bag == "assigneeBag") record().assignees.emplace_back();
}

void OdpAssignmentResponse::close(JsonPath path, bool array) {
    if (array) return;
    if (record_depth_ != 0 && path.size() == record_depth_) {
        record_depth_ = 0;
        AssignmentRecord& r = record();
        if (r.reel.empty() && r.frame.empty()) {  // only the combined "038323/0190"
            std::size_t slash = reel_frame_.find('/');
            r.reel = reel_frame_.substr(0, slash);
            if (slash != std::string::npos) r.frame = reel_frame_.substr(slash + 1);
        }
        return;
    }
    if (in_application_ && path.size() == 2 && in_application(path)) end_application();
}

void OdpAssignmentResponse::scalar(JsonPath path, const JsonScalar& value, std::uint64_t) {
    if (is_path(path, {"count"}) && value.type == JsonScalar::Type::number) count_ = json_count(value.text);
    if (!in_application_ || !in_application(path)) return;
    std::string_view text = json_text(value);
    if (record_depth_ == 0) {
        if (path.size() == 3 && path[2].key == "applicationNumberText") application_.assign(text);
        if (path.size() == 4 && path[2].key == "applicationMetaData" && path[3].key == "patentNumber")
            patent_.assign(text);
        return;
    }
    AssignmentRecord& r = record();
    if (path.size() == record_depth_ + 1) {
        const std::string& field = path[record_depth_].key;
        if (field == "reelNumber") {
            r.reel.assign(text);
        } else if (field == "frameNumber") {
            r.frame.assign(text);
        } else if (field == "reelAndFrameNumber" || field == "reelNumber/frameNumber") {
            reel_frame_.assign(text);
        } else if (field == "conveyanceText") {
            r.conveyance.assign(text);
        } else if (field == "assignmentRecordedDate") {
            read_date_field(r, field, text, JsonDateForm::iso, r.recorded);
        }
        return;
    }
    if (path.size() != record_depth_ + 3 || !path[record_depth_ + 1].element) return;
    const std::string &bag = path[record_depth_].key, &field = path[record_depth_ + 2].key;
    if (bag == "assignorBag") {
        read_assignor_field(r, field, text, JsonDateForm::iso);
    } else if (bag == "assigneeBag" && !r.assignees.empty() && field == "assigneeNameText") {
        r.assignees.back().name.assign(text);
    }
}

void OdpAssignmentResponse::end_application() {
    in_application_ = false;
    for (std::size_t i = first_record_; i < records_.size(); ++i) {
        AssignmentRecord& r = records_[i];
        if (!application_.empty() || !patent_.empty()) {
            AssignmentProperty& property = r.properties.emplace_back();
            property.application = application_;
            property.grant = patent_;
        }
        std::string missing = missing_record_parts(r);
        if (r.properties.empty())
            missing = "no property: the response does not say which application the assignment is for (it has no "
                      "applicationNumberText)";
        if (!missing.empty() && r.problem.empty()) r.problem = std::move(missing);
    }
}

std::string OdpAssignmentResponse::shortfall() const {
    if (!count_ || *count_ <= applications_) return {};
    return fmt::format("the response lists {} of the {} applications its count counts (the rest are on later pages)",
                       applications_, *count_);
}

}  // namespace patlap
