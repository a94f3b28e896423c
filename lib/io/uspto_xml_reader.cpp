#include "io/uspto_xml_reader.h"

#include "io/byte_source.h"
#include "io/input_error.h"

#include <algorithm>
#include <array>
#include <cstring>
// expat declares its billion-laughs settings only when built with XML_DTD (the default; Debian's is), which its
// expat_config.h says.
#if __has_include(<expat_config.h>)
#include <expat_config.h>
#endif
#ifndef XML_DTD
#define XML_DTD 1
#endif
#include <expat.h>
#if XML_MAJOR_VERSION < 2 || (XML_MAJOR_VERSION == 2 && XML_MINOR_VERSION < 4)
#error "expat 2.4 or later is needed (billion-laughs protection)"
#endif
#include <fmt/format.h>
#include <optional>
#include <string_view>
#include <vector>

namespace patlap {
namespace {

constexpr int chunk_bytes = 1 << 20;

// Entity expansion: expat stops a document once its output passes the threshold and is more than this many
// times its input. Real files declare no entities, so their factor is about 1.
constexpr float max_amplification = 100.0f;
constexpr unsigned long long amplification_threshold = 1 << 20;

// The elements the reader acts on; everything else is `other`.
enum class El : std::uint8_t {
    other,
    // bulk files
    us_patent_assignments,
    patent_assignments,
    patent_assignment,
    assignment_record,
    reel_no,
    frame_no,
    recorded_date,
    conveyance_text,
    patent_assignors,
    patent_assignor,
    execution_date,
    patent_assignees,
    patent_assignee,
    patent_properties,
    patent_property,
    document_id,
    country,
    doc_number,
    kind,
    name,
    date,
    // search service
    response,
    result,
    doc,
    arr,
};

// Whether the NUL-terminated `name` is `literal`; stops at the first difference, which usually comes early.
inline bool equals(const char* name, const char* literal) {
    for (;; ++name, ++literal) {
        if (*name != *literal) return false;
        if (!*literal) return true;
    }
}

// Whether `name` starts with `literal` (stopping at the first difference, so never reading past its NUL).
inline bool starts_with(const char* name, const char* literal) {
    for (; *literal; ++name, ++literal)
        if (*name != *literal) return false;
    return true;
}

// Names the element without building a string or calling into libc: a switch on the first byte (and, for the
// patent-* family, on the byte after "patent-"), then one comparison in most cases.
El classify(const char* name) {
    switch (name[0]) {
        case 'a':
            if (equals(name + 1, "rr")) return El::arr;
            if (equals(name + 1, "ssignment-record")) return El::assignment_record;
            break;
        case 'c':
            if (equals(name + 1, "ountry")) return El::country;
            if (equals(name + 1, "onveyance-text")) return El::conveyance_text;
            break;
        case 'd':
            if (name[1] == 'a') return equals(name + 2, "te") ? El::date : El::other;
            if (name[1] != 'o' || name[2] != 'c') break;
            if (name[3] == '\0') return El::doc;
            if (equals(name + 3, "-number")) return El::doc_number;
            if (equals(name + 3, "ument-id")) return El::document_id;
            break;
        case 'e':
            if (equals(name + 1, "xecution-date")) return El::execution_date;
            break;
        case 'f':
            if (equals(name + 1, "rame-no")) return El::frame_no;
            break;
        case 'k':
            if (equals(name + 1, "ind")) return El::kind;
            break;
        case 'n':
            if (equals(name + 1, "ame")) return El::name;
            break;
        case 'p': {
            if (!starts_with(name + 1, "atent-")) break;
            const char* rest = name + 7;
            if (rest[0] == 'p') {
                if (equals(rest + 1, "roperty")) return El::patent_property;
                if (equals(rest + 1, "roperties")) return El::patent_properties;
            } else if (starts_with(rest, "assign")) {
                switch (rest[6]) {
                    case 'o':
                        if (equals(rest + 7, "r")) return El::patent_assignor;
                        if (equals(rest + 7, "rs")) return El::patent_assignors;
                        break;
                    case 'e':
                        if (equals(rest + 7, "e")) return El::patent_assignee;
                        if (equals(rest + 7, "es")) return El::patent_assignees;
                        break;
                    case 'm':
                        if (equals(rest + 7, "ent")) return El::patent_assignment;
                        if (equals(rest + 7, "ents")) return El::patent_assignments;
                        break;
                    default: break;
                }
            }
            break;
        }
        case 'r':
            if (name[1] != 'e') break;
            if (equals(name + 2, "el-no")) return El::reel_no;
            if (equals(name + 2, "corded-date")) return El::recorded_date;
            if (equals(name + 2, "sponse")) return El::response;
            if (equals(name + 2, "sult")) return El::result;
            break;
        case 'u':
            if (equals(name + 1, "s-patent-assignments")) return El::us_patent_assignments;
            break;
        default: break;
    }
    return El::other;
}

// The search service's fields that the reader keeps, named by the `name` attribute of a <doc>'s children.
enum Field : std::uint8_t {
    reel_no,
    frame_no,
    recorded_date,
    conveyance_text,
    assignor_name,
    assignor_date,
    assignee_name,
    patent_number,
    application_number,
    publication_number,
    field_count,
    no_field = field_count,
};

Field field_named(const XML_Char** attributes) {
    static constexpr std::array<std::string_view, field_count> names = {
        "reelNo",          "frameNo",         "recordedDate", "conveyanceText", "patAssignorName",
        "patAssignorExDate", "patAssigneeName", "patNum",       "applNum",        "publNum"};
    for (; attributes[0]; attributes += 2) {
        if (std::strcmp(attributes[0], "name") != 0) continue;
        std::string_view value = attributes[1];
        for (std::size_t i = 0; i < names.size(); ++i)
            if (names[i] == value) return Field(i);
        return no_field;
    }
    return no_field;
}

// The values of one search-service field, reusing their strings from one <doc> to the next.
struct Values {
    std::vector<std::string> items;
    std::size_t size = 0;

    void clear() { size = 0; }
    std::string& add() {
        if (size == items.size()) items.emplace_back();
        std::string& item = items[size++];
        item.clear();
        return item;
    }
    std::string_view operator[](std::size_t i) const { return i < size ? std::string_view(items[i]) : ""; }
};

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && is_blank(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_blank(s.back())) s.remove_suffix(1);
    return s;
}

bool all_digits(std::string_view s) {
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

// YYYYMMDD (bulk files), YYYY-MM-DD, or an ISO instant YYYY-MM-DDThh:mm:ssZ (search service) whose calendar date
// is taken as it stands: the service stores Eastern midnights as UTC instants (T04:00:00Z or T05:00:00Z), so the
// date part is the right day. Anything else, and the service's placeholder 0001-01-01, is 0.
Date to_date(std::string_view text) {
    if (text.size() > 10 && text[10] == 'T') text = text.substr(0, 10);
    std::optional<Date> date = parse_date(text);
    return date && *date >= 10000101 ? *date : 0;  // years before 1000 are placeholders
}

// What becomes of the text of the element being captured.
enum class Sink : std::uint8_t {
    reel,
    frame,
    conveyance,
    recorded_date,
    assignor_name,
    assignor_date,
    assignee_name,
    doc_country,
    doc_number,
    doc_kind,
    field,  // a value of a search-service field
};

}  // namespace

struct UsptoXmlReader::Parser {
    explicit Parser(std::unique_ptr<ByteSource> opened) : owned_source(std::move(opened)), source(*owned_source) {
        xml = XML_ParserCreate(nullptr);
        if (!xml) throw InputError(source.name(), 0, "out of memory (cannot create the XML parser)");
        XML_SetUserData(xml, this);
        XML_SetElementHandler(xml, on_start, on_end);
        XML_SetSkippedEntityHandler(xml, on_skipped_entity);
        // External entities and the external DTD subset are never read (no external entity handler is set).
        XML_SetParamEntityParsing(xml, XML_PARAM_ENTITY_PARSING_NEVER);
        XML_SetBillionLaughsAttackProtectionMaximumAmplification(xml, max_amplification);
        XML_SetBillionLaughsAttackProtectionActivationThreshold(xml, amplification_threshold);
    }
    ~Parser() { XML_ParserFree(xml); }
    Parser(const Parser&) = delete;
    Parser& operator=(const Parser&) = delete;

    std::unique_ptr<ByteSource> owned_source;
    ByteSource& source;
    XML_Parser xml = nullptr;
    Form form = Form::unknown;
    std::optional<InputError> error;  // thrown by next(), now and on every later call
    bool at_end = false;              // the whole input has been parsed
    std::uint64_t parsed_bytes = 0;

    // Records completed by the last chunk are queue[head, done); the record being read, if any, is queue[done].
    std::vector<AssignmentRecord> queue;
    std::size_t head = 0, done = 0;
    bool in_record = false;
    std::size_t record_depth = 0;

    // The open elements, root first; deeper than the stack holds, elements are ignored (the data is shallow).
    static constexpr std::size_t max_depth = 64;
    std::array<El, max_depth> stack{};
    std::size_t depth = 0;

    // Depth of the open party, property and document-id of the record (0: none open).
    std::size_t assignor_depth = 0, assignee_depth = 0, property_depth = 0, document_depth = 0;
    std::string doc_country, doc_number, doc_kind;

    // Character data is gathered only inside a wanted leaf element, into `text`.
    bool capturing = false;
    std::size_t capture_depth = 0;
    Sink sink{};
    std::string text;

    // Search service: the field of the <arr> being read, and every field's values in this <doc>.
    Field array_field = no_field;
    Field capture_field = no_field;
    std::array<Values, field_count> fields;

    AssignmentRecord& record() { return queue[done]; }

    void fail(std::uint64_t line, const std::string& message) {
        if (!error) error.emplace(source.name(), line, message);
        XML_StopParser(xml, XML_FALSE);
    }

    std::uint64_t line() const { return std::uint64_t(XML_GetCurrentLineNumber(xml)); }

    // Reads and parses one chunk; at the end of the input, finishes the document.
    void parse_chunk() {
        void* buffer = XML_GetBuffer(xml, chunk_bytes);
        if (!buffer) throw InputError(source.name(), 0, "out of memory (XML parser buffer)");
        std::size_t n = source.read(static_cast<char*>(buffer), chunk_bytes);
        parsed_bytes += n;
        bool final = n == 0;
        if (final && parsed_bytes == 0)
            throw InputError(source.name(), 0, "the file is empty; expected USPTO assignment XML");
        if (XML_ParseBuffer(xml, int(n), final) != XML_STATUS_OK) {
            if (error) throw *error;
            std::string message =
                fmt::format("XML error: {} at column {} (byte {})", XML_ErrorString(XML_GetErrorCode(xml)),
                            XML_GetCurrentColumnNumber(xml) + 1, XML_GetCurrentByteIndex(xml) + 1);
            if (final && depth > 0)  // expat says "no element found" or "unclosed token" for a cut file
                message += fmt::format("; the file ends with {} element{} open (truncated?)", depth,
                                       depth == 1 ? "" : "s");
            throw InputError(source.name(), line(), message);
        }
        at_end = final;
    }

    void begin_record(std::size_t d) {
        if (done == queue.size()) queue.emplace_back();
        AssignmentRecord& r = queue[done];
        r.clear();
        r.line = line();
        in_record = true;
        record_depth = d;
        assignor_depth = assignee_depth = property_depth = document_depth = 0;
        for (Values& values : fields) values.clear();
        array_field = no_field;
    }

    void end_record() {
        AssignmentRecord& r = record();
        if (r.reel.empty())
            r.problem = "no reel number";
        else if (!all_digits(r.reel))
            r.problem = fmt::format("the reel number \"{}\" is not a number", r.reel);
        else if (r.frame.empty())
            r.problem = "no frame number";
        else if (!all_digits(r.frame))
            r.problem = fmt::format("the frame number \"{}\" is not a number", r.frame);
        else if (r.assignors.empty())
            r.problem = "no assignor name";
        else if (r.assignees.empty())
            r.problem = "no assignee name";
        else if (r.properties.empty())
            r.problem = "no property with a patent, application or publication number";
        in_record = false;
        ++done;
    }

    void start_capture(std::size_t d, Sink to, Field field = no_field) {
        if (capturing) return;  // a wanted element inside another: its text is part of the outer one
        capturing = true;
        capture_depth = d;
        sink = to;
        capture_field = field;
        text.clear();
        XML_SetCharacterDataHandler(xml, on_text);
    }

    void end_capture() {
        capturing = false;
        XML_SetCharacterDataHandler(xml, nullptr);
        std::string_view value = trimmed(text);
        AssignmentRecord& r = record();
        switch (sink) {
            case Sink::reel: r.reel.assign(value); break;
            case Sink::frame: r.frame.assign(value); break;
            case Sink::conveyance: r.conveyance.assign(value); break;
            case Sink::recorded_date: r.recorded = to_date(value); break;
            case Sink::assignor_name: r.assignors.back().name.assign(value); break;
            case Sink::assignor_date: r.assignors.back().date = to_date(value); break;
            case Sink::assignee_name: r.assignees.back().name.assign(value); break;
            case Sink::doc_country: doc_country.assign(value); break;
            case Sink::doc_number: doc_number.assign(value); break;
            case Sink::doc_kind: doc_kind.assign(value); break;
            case Sink::field: fields[capture_field].add().assign(value == "NULL" ? std::string_view() : value); break;
        }
    }

    // --- bulk files: <us-patent-assignments> -------------------------------------------------------------------

    void start_bulk(El el, std::size_t d) {
        const El parent = stack[d - 1];
        if (!in_record) {
            if (el == El::patent_assignment && parent == El::patent_assignments) begin_record(d);
            return;
        }
        AssignmentRecord& r = record();
        switch (el) {
            case El::reel_no:
                if (parent == El::assignment_record) start_capture(d, Sink::reel);
                break;
            case El::frame_no:
                if (parent == El::assignment_record) start_capture(d, Sink::frame);
                break;
            case El::conveyance_text:
                if (parent == El::assignment_record) start_capture(d, Sink::conveyance);
                break;
            case El::date:
                if (parent == El::recorded_date && stack[d - 2] == El::assignment_record)
                    start_capture(d, Sink::recorded_date);
                else if (parent == El::execution_date && assignor_depth == d - 2)
                    start_capture(d, Sink::assignor_date);
                break;
            case El::patent_assignor:
                if (parent == El::patent_assignors && !assignor_depth) {
                    r.assignors.emplace_back();
                    assignor_depth = d;
                }
                break;
            case El::patent_assignee:
                if (parent == El::patent_assignees && !assignee_depth) {
                    r.assignees.emplace_back();
                    assignee_depth = d;
                }
                break;
            case El::name:
                if (assignor_depth == d - 1)
                    start_capture(d, Sink::assignor_name);
                else if (assignee_depth == d - 1)
                    start_capture(d, Sink::assignee_name);
                break;
            case El::patent_property:
                if (parent == El::patent_properties && !property_depth) {
                    r.properties.emplace_back().country.clear();
                    property_depth = d;
                }
                break;
            case El::document_id:
                if (property_depth == d - 1) {
                    doc_country.clear();
                    doc_number.clear();
                    doc_kind.clear();
                    document_depth = d;
                }
                break;
            case El::country:
                if (document_depth == d - 1) start_capture(d, Sink::doc_country);
                break;
            case El::doc_number:
                if (document_depth == d - 1) start_capture(d, Sink::doc_number);
                break;
            case El::kind:
                if (document_depth == d - 1) start_capture(d, Sink::doc_kind);
                break;
            default: break;
        }
    }

    void end_bulk(std::size_t d) {
        if (!in_record) return;
        AssignmentRecord& r = record();
        if (d == record_depth) {
            end_record();
        } else if (d == assignor_depth) {
            assignor_depth = 0;
            if (r.assignors.back().name.empty()) {
                r.assignors.pop_back();
                if (r.problem.empty()) r.problem = "an assignor with no name";
            }
        } else if (d == assignee_depth) {
            assignee_depth = 0;
            if (r.assignees.back().name.empty()) {
                r.assignees.pop_back();
                if (r.problem.empty()) r.problem = "an assignee with no name";
            }
        } else if (d == document_depth) {
            document_depth = 0;
            add_document_id(r.properties.back());
        } else if (d == property_depth) {
            property_depth = 0;
            AssignmentProperty& property = r.properties.back();
            if (property.grant.empty() && property.application.empty() && property.publication.empty()) {
                r.properties.pop_back();
                if (r.problem.empty()) r.problem = "a property with no patent, application or publication number";
            } else if (property.country.empty())
                property.country = "US";
        }
    }

    // A <document-id> names one of the property's numbers, told apart by its kind code: X0 is the application,
    // A1, A2, A9 (any A) a pre-grant publication, anything else (B1, B2, E reissue, S design, P2/P3 plant, H...) the
    // grant. Without a kind (the DTD allows it, no file seen has one), the number's shape decides: a leading
    // letter (D, RE, PP, H, T) is a grant, 11 digits (YYYY + 7) a publication, 8 or more digits an application
    // (series code + serial, which every property carries), fewer a grant. The first number of each kind wins.
    void add_document_id(AssignmentProperty& property) {
        if (doc_number.empty() || doc_number == "NULL") return;
        std::string* slot;
        if (!doc_kind.empty()) {
            char k = doc_kind[0];
            slot = k == 'X' || k == 'x' ? &property.application
                   : k == 'A' || k == 'a' ? &property.publication
                                          : &property.grant;
        } else if (doc_number[0] < '0' || doc_number[0] > '9') {
            slot = &property.grant;
        } else if (doc_number.size() == 11) {
            slot = &property.publication;
        } else {
            slot = doc_number.size() >= 8 ? &property.application : &property.grant;
        }
        if (slot->empty()) *slot = doc_number;
        if (property.country.empty() && !doc_country.empty()) property.country = doc_country;
    }

    // --- search service: <response> ----------------------------------------------------------------------------

    void start_search(El el, std::size_t d, const XML_Char** attributes) {
        if (!in_record) {
            if (el == El::doc && d == 2 && stack[1] == El::result) begin_record(d);
            return;
        }
        if (d == record_depth + 1) {  // a field: <str name="reelNo">, or <arr name="patNum"> with one child a value
            Field field = field_named(attributes);
            if (field == no_field) return;
            if (el == El::arr) {
                array_field = field;
            } else {
                start_capture(d, Sink::field, field);
            }
        } else if (d == record_depth + 2 && array_field != no_field) {
            start_capture(d, Sink::field, array_field);
        }
    }

    void end_search(std::size_t d) {
        if (!in_record) return;
        if (d == record_depth + 1) {
            array_field = no_field;
        } else if (d == record_depth) {
            AssignmentRecord& r = record();
            r.reel.assign(fields[reel_no][0]);
            r.frame.assign(fields[frame_no][0]);
            r.recorded = to_date(fields[recorded_date][0]);
            r.conveyance.assign(fields[conveyance_text][0]);
            const Values& assignors = fields[assignor_name];
            for (std::size_t i = 0; i < assignors.size; ++i)
                if (!assignors[i].empty())
                    r.assignors.push_back({std::string(assignors[i]), to_date(fields[assignor_date][i])});
            const Values& assignees = fields[assignee_name];
            for (std::size_t i = 0; i < assignees.size; ++i)
                if (!assignees[i].empty()) r.assignees.push_back({std::string(assignees[i]), 0});
            const Values &grants = fields[patent_number], &applications = fields[application_number],
                         &publications = fields[publication_number];
            std::size_t properties = std::max({grants.size, applications.size, publications.size});
            for (std::size_t i = 0; i < properties; ++i) {
                if (grants[i].empty() && applications[i].empty() && publications[i].empty()) continue;
                AssignmentProperty& property = r.properties.emplace_back();
                property.grant.assign(grants[i]);
                property.application.assign(applications[i]);
                property.publication.assign(publications[i]);
            }
            end_record();
        }
    }

    // --- expat handlers ----------------------------------------------------------------------------------------

    static void XMLCALL on_start(void* user, const XML_Char* name, const XML_Char** attributes) {
        Parser& p = *static_cast<Parser*>(user);
        const std::size_t d = p.depth++;
        if (d >= max_depth || p.error) return;
        const El el = classify(name);
        p.stack[d] = el;
        if (d == 0) {
            if (el == El::us_patent_assignments) {
                p.form = Form::bulk;
            } else if (el == El::response) {
                p.form = Form::search;
            } else {
                std::string_view found(name);
                p.fail(p.line(), fmt::format("not USPTO assignment XML: the root element is <{}>; expected "
                                             "<us-patent-assignments> (daily or backfile file) or <response> "
                                             "(assignment search result)",
                                             found.substr(0, 100)));
            }
        } else if (p.form == Form::bulk) {
            p.start_bulk(el, d);
        } else {
            p.start_search(el, d, attributes);
        }
    }

    static void XMLCALL on_end(void* user, const XML_Char*) {
        Parser& p = *static_cast<Parser*>(user);
        const std::size_t d = --p.depth;
        if (d >= max_depth || p.error) return;
        if (p.capturing && d == p.capture_depth) p.end_capture();
        if (p.form == Form::bulk)
            p.end_bulk(d);
        else
            p.end_search(d);
    }

    static void XMLCALL on_text(void* user, const XML_Char* s, int length) {
        static_cast<Parser*>(user)->text.append(s, std::size_t(length));
    }

    // Called for a reference to an entity that may be declared in an external DTD, which is never read.
    static void XMLCALL on_skipped_entity(void* user, const XML_Char* name, int is_parameter_entity) {
        Parser& p = *static_cast<Parser*>(user);
        p.fail(p.line(), fmt::format("reference to the entity {}{}; which is not declared in the file (external "
                                     "DTDs are not read)",
                                     is_parameter_entity ? '%' : '&', std::string_view(name).substr(0, 100)));
    }
};

UsptoXmlReader::UsptoXmlReader(const std::string& path)
    : parser_(std::make_unique<Parser>(std::make_unique<ByteSource>(path))) {}

UsptoXmlReader::UsptoXmlReader(std::unique_ptr<ByteSource> source) : parser_(std::make_unique<Parser>(std::move(source))) {}

UsptoXmlReader::~UsptoXmlReader() = default;

bool UsptoXmlReader::next(AssignmentRecord& record) {
    Parser& p = *parser_;
    if (p.error) throw *p.error;
    while (p.head == p.done) {
        if (p.at_end) return false;
        if (p.head > 0) {  // all handed out: start the queue again, keeping a record under way
            if (p.in_record) std::swap(p.queue[0], p.queue[p.done]);
            p.head = p.done = 0;
        }
        try {
            p.parse_chunk();
        } catch (const InputError& e) {
            if (!p.error) p.error = e;
            throw;
        }
    }
    std::swap(record, p.queue[p.head++]);
    return true;
}

std::uint64_t UsptoXmlReader::bytes_read() const { return parser_->source.position(); }

std::uint64_t UsptoXmlReader::xml_bytes() const { return parser_->parsed_bytes; }

UsptoXmlReader::Form UsptoXmlReader::form() const { return parser_->form; }

const std::string& UsptoXmlReader::name() const { return parser_->source.name(); }

}  // namespace patlap
