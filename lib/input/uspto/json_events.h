#pragma once
// A JSON document read as a stream of events, each with the path that leads to it and the line it is on: what
// the readers of the USPTO's JSON responses take. The JSON is parsed by nlohmann/json's SAX parser (which checks
// the whole document, whatever a reader looks at) from the ByteSource a chunk at a time, so memory does not follow
// the document's size.
#include "input/byte_source.h"

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace patlap {

// One step of a path: an object's key, or an element of an array.
struct JsonStep {
    std::string key;  // empty for an array element
    bool element = false;
};
using JsonPath = std::span<const JsonStep>;

// Whether `path` is `keys`, "[]" standing for an array element: is_path(path, {"data", "[]", "assignors"}).
bool is_path(JsonPath path, std::initializer_list<std::string_view> keys);

struct JsonScalar {
    enum class Type { null, boolean, number, string } type;
    std::string_view text;  // a string's text (unescaped), a number as written, "true" or "false"; empty for null
};

// A JSON number that is a whole number from 0 up (a count, a reel number), as its value; nullopt otherwise.
std::optional<std::uint64_t> json_count(std::string_view number);

class JsonHandler {
public:
    virtual ~JsonHandler() = default;
    // An object or array starts at `path` (the root's path is empty), on `line`.
    virtual void open(JsonPath path, bool array, std::uint64_t line) = 0;
    virtual void close(JsonPath path, bool array) = 0;
    virtual void scalar(JsonPath path, const JsonScalar& value, std::uint64_t line) = 0;
};

// Parses the whole of `source`, calling `handler` for each value in document order. Throws InputError naming the
// line (and column) of the first thing that is not JSON, and for an empty input.
void read_json_events(ByteSource& source, JsonHandler& handler);

}  // namespace patlap
