#pragma once
// One shape of USPTO JSON response: reads the records it holds from the document's events (json_events.h), and
// says whether the document is of this shape and whether it holds all it says it does.
#include "input/uspto/assignment_record.h"
#include "input/uspto/json_events.h"

#include <string>
#include <vector>

namespace patlap {

class JsonResponse : public JsonHandler {
public:
    // Appends each record to `records` as it is read.
    explicit JsonResponse(std::vector<AssignmentRecord>& records) : records_(records) {}

    // Whether the document is a response of this shape.
    bool recognised() const { return recognised_; }
    // What the response says went wrong; empty when nothing did.
    virtual std::string failure() const { return {}; }
    // Where the response lists fewer records than it says it found; empty when it lists them all.
    virtual std::string shortfall() const = 0;

protected:
    AssignmentRecord& record() { return records_.back(); }

    std::vector<AssignmentRecord>& records_;
    bool recognised_ = false;
};

}  // namespace patlap
