#pragma once
// The records of a USPTO Open Data Portal assignment response (JSON, GET /api/v1/patent/applications/N/assignment,
// and the application responses that carry an assignmentBag), in both shapes the Portal has served:
//  - 2025: {"count", "patentFileWrapperDataBag": [{"applicationNumberText", "assignmentBag": [assignment...]}]},
//    an assignment with reelNumber, frameNumber, reelAndFrameNumber "038323/0190";
//  - 2024 (beta): {"count", "patentBag": [{"assignmentBag": [...]}]}, with "reelNumber/frameNumber".
// An assignment: assignmentRecordedDate, conveyanceText, assignorBag [{assignorName, executionDate}], assigneeBag
// [{assigneeNameText, assigneeAddress}]; dates YYYY-MM-DD. An assignmentBag may also be one assignment object.
//
// Each assignment is one record whose one property is the application the response is about (with its patent
// number when the response's applicationMetaData gives one). A response that does not name its application (the
// beta's patentBag carries no applicationNumberText) gives records with no property, which cannot be used: said,
// not guessed. A date that is not YYYY-MM-DD makes the record unusable. The kind comes from the conveyance text.
#include "input/uspto/json_response.h"

#include <optional>
#include <string>

namespace patlap {

class OdpAssignmentResponse : public JsonResponse {
public:
    using JsonResponse::JsonResponse;  // a record's property is set once its application's object ends

    void open(JsonPath path, bool array, std::uint64_t line) override;
    void close(JsonPath path, bool array) override;
    void scalar(JsonPath path, const JsonScalar& value, std::uint64_t line) override;

    // Where the response lists fewer applications than its count.
    std::string shortfall() const override;

private:
    void begin_record(std::size_t depth, std::uint64_t line);
    void end_application();

    std::optional<std::uint64_t> count_;
    std::uint64_t applications_ = 0;
    // The application being read: its number, patent, and where its records start in records_.
    bool in_application_ = false;
    std::string application_, patent_;
    std::size_t first_record_ = 0;
    // The assignment being read: the depth of its object (0: none), and its combined "REEL/FRAME" text.
    std::size_t record_depth_ = 0;
    std::string reel_frame_;
};

}  // namespace patlap
