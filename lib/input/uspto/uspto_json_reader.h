#pragma once
// Reads the USPTO's JSON responses: an Assignment Center search response (assignment_center_json.h) or an Open
// Data Portal assignment response (odp_assignment_json.h), told apart by their content. The document is parsed
// whole by the first call to next() (nlohmann/json, json_events.h), its records kept and then handed out in
// document order. JSON of another shape is refused with a message naming the kinds patlap reads.
#include "input/uspto/assignment_record.h"
#include "input/byte_source.h"

#include <memory>
#include <string>
#include <vector>

namespace patlap {

class UsptoJsonReader : public AssignmentRecordSource {
public:
    enum class Form { unknown, assignment_center, open_data_portal };

    // Reads a source already opened (and perhaps peeked at).
    explicit UsptoJsonReader(std::unique_ptr<ByteSource> source);

    // Throws InputError for a document that is not JSON, is JSON of another shape, or reports a failure.
    bool next(AssignmentRecord& record) override;
    std::uint64_t bytes_read() const override { return source_->position(); }
    std::uint64_t data_bytes() const override { return source_->data_read(); }
    std::string shortfall() const override { return shortfall_; }

    // The form of the document, known once next() has been called.
    Form form() const { return form_; }

private:
    void parse();

    std::unique_ptr<ByteSource> source_;
    std::vector<AssignmentRecord> records_;
    std::size_t next_ = 0;
    bool parsed_ = false;
    Form form_ = Form::unknown;
    std::string shortfall_;
};

}  // namespace patlap
