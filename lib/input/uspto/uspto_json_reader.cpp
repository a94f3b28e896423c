#include "input/uspto/uspto_json_reader.h"

#include "base/errors.h"
#include "input/uspto/assignment_center_json.h"
#include "input/uspto/json_events.h"
#include "input/uspto/odp_assignment_json.h"

#include <fmt/format.h>

namespace patlap {
namespace {

// Hands every event to each shape's reader, each acting on its own paths only; and notes the root's keys, for a
// message about a document of no shape patlap reads.
class EveryShape : public JsonHandler {
public:
    explicit EveryShape(std::initializer_list<JsonHandler*> shapes) : shapes_(shapes) {}
    void open(JsonPath path, bool array, std::uint64_t line) override {
        if (path.empty()) root_is_array_ = array;
        note_key(path);
        for (JsonHandler* shape : shapes_) shape->open(path, array, line);
    }
    void close(JsonPath path, bool array) override {
        for (JsonHandler* shape : shapes_) shape->close(path, array);
    }
    void scalar(JsonPath path, const JsonScalar& value, std::uint64_t line) override {
        if (path.empty()) root_is_scalar_ = true;
        note_key(path);
        for (JsonHandler* shape : shapes_) shape->scalar(path, value, line);
    }

    // What the root holds, for the message: `an object with the keys "a", "b"`, `an array`.
    std::string root() const {
        if (root_is_scalar_) return "a single value";
        if (root_is_array_) return "an array";
        if (keys_.empty()) return "an empty object";
        return fmt::format("an object with the key{} {}{}", key_count_ == 1 ? "" : "s", keys_,
                           key_count_ > shown_keys ? fmt::format(" and {} more", key_count_ - shown_keys) : "");
    }

private:
    static constexpr std::size_t shown_keys = 6;
    void note_key(JsonPath path) {
        if (path.size() != 1 || path[0].element) return;
        if (++key_count_ <= shown_keys)
            keys_ += fmt::format("{}\"{}\"", keys_.empty() ? "" : ", ", std::string_view(path[0].key).substr(0, 40));
    }

    std::vector<JsonHandler*> shapes_;
    bool root_is_array_ = false, root_is_scalar_ = false;
    std::string keys_;
    std::size_t key_count_ = 0;
};

}  // namespace

UsptoJsonReader::UsptoJsonReader(std::unique_ptr<ByteSource> source) : source_(std::move(source)) {}

void UsptoJsonReader::parse() {
    parsed_ = true;
    std::vector<AssignmentRecord> center_records, portal_records;
    AssignmentCenterResponse center(center_records);
    OdpAssignmentResponse portal(portal_records);
    EveryShape every({&center, &portal});
    read_json_events(*source_, every);
    JsonResponse* response = nullptr;
    if (center.recognised()) {
        form_ = Form::assignment_center;
        response = &center;
        records_ = std::move(center_records);
    } else if (portal.recognised()) {
        form_ = Form::open_data_portal;
        response = &portal;
        records_ = std::move(portal_records);
    } else {
        throw InputError(source_->name(), 0,
                         fmt::format("JSON, but not a USPTO response patlap reads: the document is {}. patlap reads "
                                     "Assignment Center search responses ({{\"successResponse\": {{\"data\": "
                                     "[...]}}}}) and Open Data Portal assignment responses "
                                     "({{\"patentFileWrapperDataBag\": [...]}} or {{\"patentBag\": [...]}}), USPTO "
                                     "assignment XML, the Patent Assignment Dataset's tables and transfer CSV files",
                                     every.root()));
    }
    if (std::string failure = response->failure(); !failure.empty()) throw InputError(source_->name(), 0, failure);
    shortfall_ = response->shortfall();
}

bool UsptoJsonReader::next(AssignmentRecord& record) {
    if (!parsed_) parse();
    if (next_ == records_.size()) return false;
    record = std::move(records_[next_++]);
    return true;
}

}  // namespace patlap
