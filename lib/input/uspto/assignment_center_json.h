#pragma once
// The records of a USPTO Assignment Center search response (API v2, JSON): {"status", "error",
// "successResponse": {"data": [record...], "totalRows"}}, each record {reelNumber, frameNumber, conveyance,
// conveyanceCode, assignors: [{assignorName, executionDate}], assignees: [name], noOfProperties, properties:
// [{applicationNumber, patentNumber, publicationNumber, ...}]}. Dates are MM/DD/YYYY; "" and null mean missing;
// the hits carry no recorded date. Other fields are passed over.
//
// The kind is the conveyanceCode's where the code names one (23 and 34 assignment, 25 security, 28 merger, 33
// name change, 36 release); code 40 ("other") and a missing code leave it to the conveyance text. Any other code
// makes the record unusable, as does a date that is not MM/DD/YYYY. A search hit may list fewer properties than
// its noOfProperties (stated_properties), and a response fewer records than its totalRows (shortfall()).
#include "input/uspto/json_response.h"

#include <optional>
#include <string>

namespace patlap {

class AssignmentCenterResponse : public JsonResponse {
public:
    using JsonResponse::JsonResponse;

    void open(JsonPath path, bool array, std::uint64_t line) override;
    void close(JsonPath path, bool array) override;
    void scalar(JsonPath path, const JsonScalar& value, std::uint64_t line) override;

    // A status other than Success, an error, or no successResponse.data.
    std::string failure() const override;
    std::string shortfall() const override;

private:
    void end_record();

    bool data_seen_ = false, in_record_ = false;
    std::string status_, error_;
    std::optional<std::uint64_t> total_rows_;
    std::uint64_t listed_ = 0;
    std::string code_;            // the record's conveyanceCode as written; empty when missing or null
    Date record_execution_ = 0;   // the record's assignorExecutionDate
};

}  // namespace patlap
