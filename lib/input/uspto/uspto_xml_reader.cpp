#include "input/uspto/uspto_xml_reader.h"

#include "input/byte_source.h"
#include "input/uspto/record_checks.h"
#include "base/errors.h"
#include "base/text.h"
#include "base/worker.h"

#include <algorithm>
#include <cstdarg>
#include <cstdio>
#include <array>
#include <cstring>
#include <fmt/format.h>
#include <libxml/entities.h>
#include <libxml/parser.h>
#include <libxml/SAX2.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <deque>
#include <optional>
#include <string_view>
#include <vector>

namespace patlap {
namespace {

constexpr std::size_t chunk_bytes = 1 << 20;

// Entity expansion: the reader stops a document once the entity text it has expanded passes the threshold and is
// more than this many times the document's bytes parsed so far (libxml2 2.9 detects nested "billion laughs" itself,
// but not one large entity referenced many times). Real files declare no entities, so their factor is 0.
constexpr std::uint64_t max_amplification = 100;
constexpr std::uint64_t amplification_threshold = 1 << 20;

// libxml2 hands over names and texts as UTF-8 bytes.
inline const char* chars(const xmlChar* s) { return reinterpret_cast<const char*>(s); }

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

// The field named by the `name` attribute among libxml2's SAX2 attributes (local name, prefix, URI, value, value
// end for each).
Field field_named(int attribute_count, const xmlChar** attributes) {
    static constexpr std::array<std::string_view, field_count> names = {
        "reelNo",          "frameNo",         "recordedDate", "conveyanceText", "patAssignorName",
        "patAssignorExDate", "patAssigneeName", "patNum",       "applNum",        "publNum"};
    for (int i = 0; i < attribute_count; ++i, attributes += 5) {
        if (attributes[1] || std::strcmp(chars(attributes[0]), "name") != 0) continue;
        std::string_view value(chars(attributes[3]), std::size_t(attributes[4] - attributes[3]));
        for (std::size_t f = 0; f < names.size(); ++f)
            if (names[f] == value) return Field(f);
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
    explicit Parser(std::unique_ptr<ByteSource> opened)
        : owned_source(std::move(opened)), source(*owned_source), buffer(new char[chunk_bytes]) {
        static const bool initialized = (xmlInitParser(), true);  // once per process, before any parser
        (void)initialized;
        // libxml2's SAX2 defaults keep the inline DTD (internal subset) in the parser's document, so that its entity
        // declarations work; the element, text and reference handlers are the reader's. Comments and processing
        // instructions are dropped (the defaults would attach them to that document), the external subset and
        // external entities are never read, and errors come to on_error only (nothing is printed).
        xmlSAXVersion(&sax, 2);
        sax.startElementNs = on_start;
        sax.endElementNs = on_end;
        sax.characters = nullptr;  // set while capturing, see start_capture
        sax.ignorableWhitespace = nullptr;
        sax.cdataBlock = nullptr;
        sax.reference = on_reference;
        sax.getEntity = on_get_entity;
        sax.getParameterEntity = on_get_parameter_entity;
        sax.comment = nullptr;
        sax.processingInstruction = nullptr;
        sax.externalSubset = nullptr;
        sax.resolveEntity = nullptr;
        sax.warning = ignore_message;
        sax.error = ignore_message;
        sax.fatalError = ignore_message;
        sax.serror = on_error;
    }
    ~Parser() {
        if (!xml) return;
        if (xml->myDoc) xmlFreeDoc(xml->myDoc);  // the document holding the inline DTD, made by startDocument
        xml->myDoc = nullptr;
        xmlFreeParserCtxt(xml);
    }
    Parser(const Parser&) = delete;
    Parser& operator=(const Parser&) = delete;

    std::unique_ptr<ByteSource> owned_source;
    ByteSource& source;
    std::unique_ptr<char[]> buffer;  // one chunk of input, which libxml2 copies
    xmlSAXHandler sax{};
    xmlParserCtxtPtr xml = nullptr;  // made with the first bytes, see start_parser
    Form form = Form::unknown;
    std::optional<InputError> error;  // thrown by next(), now and on every later call
    bool at_end = false;              // the whole input has been parsed
    bool final_chunk = false;         // the chunk being parsed ends the input
    std::uint64_t expanded = 0;       // bytes of entity text the parser was handed to expand
    std::uint64_t parsed_bytes = 0;

    // Records completed by the last chunk are queue[head, done); the record being read, if any, is queue[done].
    std::vector<AssignmentRecord> queue;
    std::size_t head = 0, done = 0;
    bool in_record = false;
    std::size_t record_depth = 0;

    // Element names already classified, by address: libxml2 interns names in the parser's dictionary, which lives
    // as long as the parser, so one name always comes at one address (entity texts share the dictionary).
    struct Named {
        const xmlChar* name = nullptr;
        El el = El::other;
    };
    std::array<Named, 64> named{};

    El classify_interned(const xmlChar* name) {
        Named& slot = named[(reinterpret_cast<std::uintptr_t>(name) >> 4) % named.size()];
        if (slot.name != name) slot = {name, classify(chars(name))};
        return slot.el;
    }

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

    // Records the reader's own error and stops the parser context `ctx` (the document's, or one parsing an
    // entity's text, after which the document's parser goes on to the chunk's end with every handler ignoring it).
    void fail(void* ctx, std::uint64_t line, const std::string& message) {
        if (!error) error.emplace(source.name(), line, message);
        xmlStopParser(static_cast<xmlParserCtxtPtr>(ctx));
    }

    // The position in the document (inside an entity's text, that of the reference).
    std::uint64_t line() const { return xml && xml->input ? std::uint64_t(std::max(xml->input->line, 0)) : 0; }
    std::uint64_t column() const { return xml && xml->input ? std::uint64_t(std::max(xml->input->col, 0)) : 0; }
    std::uint64_t byte_index() const { return std::uint64_t(std::max(xmlByteConsumed(xml), 0L)); }

    // Makes the parser context with the input's first bytes (up to 4), from which libxml2 tells the encoding (as
    // without them it would wait for 4 bytes, and a shorter file would not be parsed at all).
    void start_parser(const char* first, std::size_t size) {
        // No user data: the default DTD handlers take the parser context as theirs; ours find the Parser in its
        // _private, which libxml2 carries over to the contexts that parse entity texts.
        xml = xmlCreatePushParserCtxt(&sax, nullptr, first, int(size), nullptr);
        if (!xml) throw InputError(source.name(), 0, "out of memory (cannot create the XML parser)");
        xml->_private = this;
        // Not XML_PARSE_NOENT (which would read external entities), nor DTDLOAD, nor HUGE (which lifts the limits on
        // entity expansion, text and name sizes); no network either.
        xmlCtxtUseOptions(xml, XML_PARSE_NONET);
    }

    // Reads and parses one chunk; at the end of the input, finishes the document.
    void parse_chunk() {
        std::size_t n = source.read(buffer.get(), chunk_bytes);
        parsed_bytes += n;
        final_chunk = n == 0;
        if (final_chunk && parsed_bytes == 0)
            throw InputError(source.name(), 0, "the file is empty; expected USPTO assignment XML");
        const char* data = buffer.get();
        if (!xml) {
            std::size_t first = std::min<std::size_t>(n, 4);
            start_parser(data, first);
            data += first;
            n -= first;
        }
        {
            // libxml2 writes some messages (encoding conversion, I/O) to its generic error handler, which would
            // print them to stderr beside patlap's own: they are kept here instead, for the message below.
            GenericMessages messages(*this);
            xmlParseChunk(xml, data, int(n), final_chunk);
        }
        if (error) throw *error;  // set by on_error or fail
        // Every fatal error reaches on_error but those libxml2 only writes to its generic handler; a parser halted
        // without one would otherwise end the file silently.
        if (xml->disableSAX || (!final_chunk && xml->instate == XML_PARSER_EOF))
            throw InputError(source.name(), line(),
                             fmt::format("XML error: {} (after byte {})",
                                         generic_message.empty()
                                             ? fmt::format("the parser stopped (libxml2 error {})", xml->errNo)
                                             : std::string(trim_blanks(generic_message)),
                                         parsed_bytes));
        at_end = final_chunk;
    }

    void begin_record(std::size_t d) {
        if (done == queue.size()) queue.emplace_back();
        AssignmentRecord& r = queue[done];
        r.clear();
        // Each slot of the queue keeps its vectors' room from record to record; one that held a portfolio of
        // many patents gives it back, or every slot would end up holding the largest record's room.
        constexpr std::size_t kept_room = 16;
        if (r.properties.capacity() > kept_room) std::vector<AssignmentProperty>().swap(r.properties);
        if (r.assignors.capacity() > kept_room) std::vector<AssignmentParty>().swap(r.assignors);
        if (r.assignees.capacity() > kept_room) std::vector<AssignmentParty>().swap(r.assignees);
        r.line = line();
        in_record = true;
        record_depth = d;
        assignor_depth = assignee_depth = property_depth = document_depth = 0;
        for (Values& values : fields) values.clear();
        array_field = no_field;
    }

    void end_record() {
        AssignmentRecord& r = record();
        if (std::string missing = missing_record_parts(r); !missing.empty()) r.problem = std::move(missing);
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
        set_text_handler(on_text);
    }

    // Character data is delivered only while capturing. The three handlers stay equal, so that libxml2 never
    // tests white space for being ignorable, and CDATA sections count as text.
    void set_text_handler(charactersSAXFunc handler) {
        xml->sax->characters = handler;
        xml->sax->ignorableWhitespace = handler;
        xml->sax->cdataBlock = handler;
    }

    void end_capture() {
        capturing = false;
        set_text_handler(nullptr);
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
            if (el != El::patent_assignment) return;
            if (parent == El::patent_assignments) begin_record(d);
            else
                fail(xml, line(), "a <patent-assignment> record outside <patent-assignments>, where the USPTO's files "
                                  "keep them: not read, so the file is refused");
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
    // A1, A2, A9 a pre-grant publication (an 11-digit number, YYYY + 7), anything else (B1, B2, E reissue, S design,
    // P2/P3 plant, H...) the grant, and so is a plain A on a shorter number: before 2001 granted utility patents
    // were kind A. Without a kind (the DTD allows it, no file seen has one), the number's shape decides: a leading
    // letter (D, RE, PP, H, T) is a grant, 11 digits (YYYY + 7) a publication, 8 or more digits an application
    // (series code + serial, which every property carries), fewer a grant. The first number of each kind wins.
    void add_document_id(AssignmentProperty& property) {
        if (doc_number.empty() || doc_number == "NULL") return;
        std::string* slot;
        if (!doc_kind.empty()) {
            char k = doc_kind[0];
            bool publication = (k == 'A' || k == 'a') && (doc_kind.size() > 1 || doc_number.size() == 11);
            slot = k == 'X' || k == 'x' ? &property.application : publication ? &property.publication : &property.grant;
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

    void start_search(El el, std::size_t d, int attribute_count, const xmlChar** attributes) {
        if (!in_record) {
            if (el != El::doc) return;
            if (d == 2 && stack[1] == El::result) begin_record(d);
            else
                fail(xml, line(), "a <doc> record outside <response><result>, where the search service's responses "
                                  "keep them: not read, so the file is refused");
            return;
        }
        if (d == record_depth + 1) {  // a field: <str name="reelNo">, or <arr name="patNum"> with one child a value
            Field field = field_named(attribute_count, attributes);
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
            // An empty name (or NULL) is kept: the record is then unusable, as in the daily files, not shorter.
            for (std::size_t i = 0; i < assignors.size; ++i)
                r.assignors.push_back({std::string(assignors[i]), to_date(fields[assignor_date][i])});
            const Values& assignees = fields[assignee_name];
            for (std::size_t i = 0; i < assignees.size; ++i) r.assignees.push_back({std::string(assignees[i]), 0});
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

    // --- libxml2 handlers ----------------------------------------------------------------------------------------

    static Parser& of(void* ctx) { return *static_cast<Parser*>(static_cast<xmlParserCtxtPtr>(ctx)->_private); }

    static void on_start(void* ctx, const xmlChar* local_name, const xmlChar* prefix, const xmlChar*, int,
                         const xmlChar**, int attribute_count, int, const xmlChar** attributes) {
        Parser& p = of(ctx);
        const std::size_t d = p.depth++;
        if (d >= max_depth || p.error) return;
        const El el = prefix ? El::other : p.classify_interned(local_name);  // the files use no namespaces
        p.stack[d] = el;
        if (d == 0) {
            if (el == El::us_patent_assignments) {
                p.form = Form::bulk;
            } else if (el == El::response) {
                p.form = Form::search;
            } else {
                std::string found = prefix ? std::string(chars(prefix)) + ":" : std::string();
                found += chars(local_name);
                p.fail(ctx, p.line(), fmt::format("not USPTO assignment XML: the root element is <{}>; expected "
                                                  "<us-patent-assignments> (daily or backfile file) or <response> "
                                                  "(assignment search result)",
                                                  std::string_view(found).substr(0, 100)));
            }
        } else if (p.form == Form::bulk) {
            p.start_bulk(el, d);
        } else {
            p.start_search(el, d, attribute_count, attributes);
        }
    }

    static void on_end(void* ctx, const xmlChar*, const xmlChar*, const xmlChar*) {
        Parser& p = of(ctx);
        const std::size_t d = --p.depth;
        if (d >= max_depth || p.error) return;
        if (p.capturing && d == p.capture_depth) p.end_capture();
        if (p.form == Form::bulk)
            p.end_bulk(d);
        else
            p.end_search(d);
    }

    static void on_text(void* ctx, const xmlChar* s, int length) {
        of(ctx).text.append(chars(s), std::size_t(length));
    }

    // Called after the text of a declared entity has gone through the handlers (an external one is never read:
    // skipped), and for a reference to an entity the file does not declare but an external DTD might, which is
    // never read. (A reference to an undeclared entity without an external DTD is a fatal error of the parser.)
    static void on_reference(void* ctx, const xmlChar* name) {
        Parser& p = of(ctx);
        if (p.error) return;
        if (xmlEntityPtr entity = xmlGetDocEntity(static_cast<xmlParserCtxtPtr>(ctx)->myDoc, name)) {
            if (entity->etype == XML_INTERNAL_GENERAL_ENTITY || entity->etype == XML_INTERNAL_PREDEFINED_ENTITY) return;
            p.fail(ctx, p.line(), fmt::format("reference to the external entity &{}; whose text is never read (it "
                                              "would be missing from the record): declare it in the file",
                                              std::string_view(chars(name)).substr(0, 100)));
            return;
        }
        p.fail(ctx, p.line(), fmt::format("reference to the entity &{}; which is not declared in the file (external "
                                          "DTDs are not read)",
                                          std::string_view(chars(name)).substr(0, 100)));
    }

    // Every reference to a declared entity (not a predefined one: &amp; &lt; ...) is resolved here before its text
    // is expanded, in the document and inside other entities' texts, so this is where expansion is bounded.
    static xmlEntityPtr on_get_entity(void* ctx, const xmlChar* name) {
        return of(ctx).expand(ctx, xmlSAX2GetEntity(ctx, name));
    }

    static xmlEntityPtr on_get_parameter_entity(void* ctx, const xmlChar* name) {
        return of(ctx).expand(ctx, xmlSAX2GetParameterEntity(ctx, name));
    }

    xmlEntityPtr expand(void* ctx, xmlEntityPtr entity) {
        if (!error) {
            if (!entity || entity->etype == XML_INTERNAL_PREDEFINED_ENTITY) return entity;
            expanded += std::uint64_t(std::max(entity->length, 0));
            const std::uint64_t parsed = byte_index() + 1;
            if (expanded <= amplification_threshold || expanded <= max_amplification * parsed) return entity;
            error.emplace(source.name(), line(),
                          fmt::format("XML error: entity expansion beyond {} times the input ({} bytes of entity "
                                      "text for {} bytes read) at column {} (byte {})",
                                      max_amplification, expanded, parsed, column(), parsed));
        }
        // Refused: a context no longer well-formed expands no entity (libxml2 would otherwise look the entity up
        // itself), and a stopped one parses no further; the contexts parsing the enclosing entity texts fail in
        // turn. The parser's own errors that follow are not the one kept.
        auto* context = static_cast<xmlParserCtxtPtr>(ctx);
        context->wellFormed = 0;
        xmlStopParser(context);
        return nullptr;
    }

    // The parser's errors, as structured records. Warnings and errors it recovers from (namespaces, which the
    // reader does not use) are let pass; the first fatal one is kept and thrown once xmlParseChunk returns.
    static void on_error(void* ctx, xmlErrorPtr e) {
        if (!ctx || !e || e->level != XML_ERR_FATAL) return;
        Parser& p = of(ctx);
        if (p.error) return;
        // libxml2's messages end with a newline and a few have one inside ("...\nBytes: 0xFF 0xFE ..."): one line.
        std::string text;
        for (const char* c = e->message ? e->message : "unknown error"; *c; ++c) {
            if (*c != '\n' && *c != '\r')
                text += *c;
            else if (!text.empty() && text.back() != ' ')
                text += ' ';
        }
        if (text.size() > 200) {  // a long name quoted from the file: cut at a character's start
            std::size_t cut = 200;
            while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
            text.resize(cut);
            text += "...";
        }
        while (!text.empty() && is_blank(text.back())) text.pop_back();
        // The position: in the document's context the error's own; in an entity's text, the reference's.
        const bool in_document = ctx == p.xml;
        const std::uint64_t line = in_document && e->line > 0 ? std::uint64_t(e->line) : p.line();
        const std::uint64_t column = in_document && e->int2 > 0 ? std::uint64_t(e->int2) : p.column();
        // At the end of a file cut short libxml2 2.9 says "Extra content at the end of the document", which
        // misleads: say what happened instead.
        if (p.final_chunk && p.depth > 0)
            text = fmt::format("the file ends with {} element{} still open (cut short?)", p.depth, p.depth == 1 ? "" : "s");
        std::string message =
            fmt::format("XML error: {} at column {} (byte {})", text, column, p.byte_index() + 1);
        p.error.emplace(p.source.name(), line, message);
    }

    static void ignore_message(void*, const char*, ...) {}

    // libxml2's generic error handler (thread-local in libxml2) pointed at this parser while it parses a chunk: the
    // first message is kept, as one line, and nothing reaches stderr.
    std::string generic_message;
    bool generic_complete = false;
    class GenericMessages {
    public:
        explicit GenericMessages(Parser& parser) { xmlSetGenericErrorFunc(&parser, keep_message); }
        ~GenericMessages() { xmlSetGenericErrorFunc(nullptr, nullptr); }
        GenericMessages(const GenericMessages&) = delete;
        GenericMessages& operator=(const GenericMessages&) = delete;
    };
    static void keep_message(void* ctx, const char* format, ...) {
        auto& p = *static_cast<Parser*>(ctx);
        if (p.generic_complete) return;  // the first message only
        char piece[512];
        va_list arguments;
        va_start(arguments, format);
        int n = std::vsnprintf(piece, sizeof piece, format, arguments);
        va_end(arguments);
        if (n <= 0) return;
        // A message comes in pieces ("encoding error : ", then the rest), the last ending with a newline.
        for (const char* c = piece; *c && c < piece + sizeof piece - 1; ++c) {
            if (*c == '\n') {
                p.generic_complete = true;
                break;
            }
            p.generic_message += *c;
        }
        if (p.generic_message.size() > 200) p.generic_complete = true;
    }
};

namespace {

// A piece of the file as a document of its own, read by a Parser like a file.
class MemoryBytes : public DecodedBytes {
public:
    MemoryBytes(std::string name, std::string data) : name_(std::move(name)), data_(std::move(data)) {}
    std::size_t read(char* buffer, std::size_t capacity) override {
        std::size_t n = std::min(capacity, data_.size() - at_);
        std::memcpy(buffer, data_.data() + at_, n);
        at_ += n;
        return n;
    }
    const std::string& name() const override { return name_; }
    std::uint64_t position() const override { return at_; }

private:
    std::string name_, data_;
    std::size_t at_ = 0;
};

constexpr std::string_view record_tag = "<patent-assignment";
constexpr std::string_view piece_end = "</patent-assignments></us-patent-assignments>";
constexpr std::size_t max_block_growth = 16;  // a block this many times its size without a cut: give up

bool is_tag_end(char c) { return c == '>' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '/'; }

// Where the record start tag nearest before `before` (and at or after `from`) starts; npos for none.
std::size_t last_record_tag(std::string_view text, std::size_t from, std::size_t before) {
    std::size_t at = before;
    while (at > from) {
        at = text.rfind(record_tag, at - 1);
        if (at == std::string_view::npos || at < from) return std::string_view::npos;
        std::size_t end = at + record_tag.size();
        if (end < text.size() && is_tag_end(text[end])) return at;
    }
    return std::string_view::npos;
}

std::size_t first_record_tag(std::string_view text) {
    for (std::size_t at = text.find(record_tag); at != std::string_view::npos; at = text.find(record_tag, at + 1)) {
        std::size_t end = at + record_tag.size();
        if (end < text.size() && is_tag_end(text[end])) return at;
    }
    return std::string_view::npos;
}

// Line breaks as libxml2 counts them, or nullopt when the text has a carriage return not followed by a line feed.
std::optional<std::uint64_t> line_breaks(std::string_view text) {
    for (std::size_t at = text.find('\r'); at != std::string_view::npos; at = text.find('\r', at + 1))
        if (at + 1 >= text.size() || text[at + 1] != '\n') return std::nullopt;
    return std::uint64_t(std::count(text.begin(), text.end(), '\n'));
}

}  // namespace

struct UsptoXmlReader::Pieces {
    struct Piece {
        std::vector<AssignmentRecord> records;
        bool failed = false;
        std::unique_ptr<Worker> worker;
    };

    Pieces(const std::string& path, std::unique_ptr<ByteSource> opened, unsigned threads, std::size_t block_bytes)
        : path(path),
          source(std::move(opened)),
          threads(std::max(threads, 1u)),
          block_bytes(std::max<std::size_t>(block_bytes, 1)) {}
    ~Pieces() { stop(); }
    Pieces(const Pieces&) = delete;
    Pieces& operator=(const Pieces&) = delete;

    std::string path;
    std::unique_ptr<ByteSource> source;
    unsigned threads;
    std::size_t block_bytes;
    bool unusual = false;  // give up the pieces for one parser
    bool source_done = false;
    std::string pending;  // read, not yet in a piece
    std::string header;   // the file up to its first record
    std::uint64_t header_lines = 0;
    std::uint64_t lines_before = 0;  // line breaks before `pending`
    bool first = true;
    std::deque<Piece> in_flight;
    std::size_t at = 0;  // next record of in_flight.front()
    std::uint64_t data_bytes = 0;

    void stop() {
        for (Piece& piece : in_flight) piece.worker.reset();
        in_flight.clear();
    }

    bool fill(std::size_t wanted) {
        char chunk[1 << 16];
        while (!source_done && pending.size() < wanted) {
            std::size_t n = source->read(chunk, sizeof chunk);
            if (n == 0) source_done = true;
            pending.append(chunk, n);
            data_bytes += n;
        }
        return pending.size() >= wanted;
    }

    // Cuts the next block and starts its parser; false at the end of the input or when unusual.
    bool launch() {
        if (unusual || (source_done && pending.empty())) return false;
        std::size_t cut = std::string::npos;
        for (std::size_t wanted = block_bytes;; wanted += block_bytes) {
            bool more;
            try {
                more = fill(wanted + 1);
            } catch (const InputError&) {
                unusual = true;  // a read error: one parser tells whether an XML error comes before it
                return false;
            }
            if (!more) {
                cut = pending.size();  // the rest of the file
                break;
            }
            std::size_t from = first ? first_record_tag(pending) : 1;
            if (first && from == std::string::npos) from = pending.size();
            if (from != std::string::npos && from < pending.size()) {
                cut = last_record_tag(pending, from + 1, pending.size() - record_tag.size());
                if (cut != std::string::npos) break;
            }
            if (wanted > block_bytes * max_block_growth) {
                unusual = true;
                return false;
            }
        }
        std::string_view block(pending.data(), cut);
        std::optional<std::uint64_t> lines = line_breaks(block);
        if (!lines) {
            unusual = true;
            return false;
        }
        std::string document;
        std::uint64_t offset = 0;
        if (first) {
            first = false;
            const unsigned char lead = static_cast<unsigned char>(block.empty() ? 0 : block[0]);
            if (cut == pending.size() && source_done) {
                unusual = true;  // the whole file in one block: one parser
                return false;
            }
            header.assign(pending, 0, first_record_tag(pending));
            if ((lead != '<' && lead != 0xEF) || header.find("<!ENTITY") != std::string::npos ||
                header.find("<us-patent-assignments") == std::string::npos) {
                unusual = true;
                return false;
            }
            header_lines = *line_breaks(header);
            document.assign(block);
        } else {
            offset = lines_before - header_lines;
            document.reserve(header.size() + block.size() + piece_end.size());
            document += header;
            document += block;
        }
        const bool last = cut == pending.size() && source_done;
        if (!last) document += piece_end;
        lines_before += *lines;
        pending.erase(0, cut);
        Piece& piece = in_flight.emplace_back();
        piece.worker = std::make_unique<Worker>(
            [&piece, offset, name = source->name()](std::string text) {
                UsptoXmlReader reader(
                    std::make_unique<ByteSource>(std::make_unique<MemoryBytes>(name, std::move(text))));
                AssignmentRecord record;
                try {
                    while (reader.next(record)) {
                        record.line += offset;
                        piece.records.push_back(std::move(record));
                    }
                } catch (const InputError&) {
                    piece.failed = true;
                }
            },
            std::move(document));
        return true;
    }

    // The next record, or false at the end; sets `unusual` when the one parser must take over.
    bool next(AssignmentRecord& record) {
        for (;;) {
            while (in_flight.size() < threads && launch()) {}
            if (in_flight.empty()) return false;
            Piece& front = in_flight.front();
            if (front.worker) {
                front.worker->join();
                front.worker.reset();
                if (front.failed) unusual = true;
            }
            if (unusual) return false;
            if (at < front.records.size()) {
                std::swap(record, front.records[at++]);
                return true;
            }
            in_flight.pop_front();
            at = 0;
        }
    }
};

UsptoXmlReader::UsptoXmlReader(const std::string& path, unsigned threads, std::size_t block_bytes) {
    auto source = std::make_unique<ByteSource>(path);
    // Only a regular file can be read again from its start (not a pipe, such as bash's <(...)).
    if (threads > 1 && path != "-" && source->size())
        pieces_ = std::make_unique<Pieces>(path, std::move(source), threads, block_bytes);
    else
        parser_ = std::make_unique<Parser>(std::move(source));
}

void UsptoXmlReader::fall_back() {
    std::string path = pieces_->path;
    pieces_.reset();
    parser_ = std::make_unique<Parser>(std::make_unique<ByteSource>(path));
    const std::uint64_t handed_out = handed_out_;
    AssignmentRecord skipped;
    for (std::uint64_t i = 0; i < handed_out; ++i)
        if (!next(skipped)) break;
    handed_out_ = handed_out;
}

UsptoXmlReader::UsptoXmlReader(const std::string& path)
    : parser_(std::make_unique<Parser>(std::make_unique<ByteSource>(path))) {}

UsptoXmlReader::UsptoXmlReader(std::unique_ptr<ByteSource> source)
    : parser_(std::make_unique<Parser>(std::move(source))) {}

UsptoXmlReader::~UsptoXmlReader() = default;

bool UsptoXmlReader::next(AssignmentRecord& record) {
    if (pieces_) {
        if (pieces_->next(record)) {
            ++handed_out_;
            return true;
        }
        if (!pieces_->unusual) return false;
        fall_back();
    }
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
    ++handed_out_;
    return true;
}

std::uint64_t UsptoXmlReader::bytes_read() const {
    return pieces_ ? pieces_->source->position() : parser_->source.position();
}

std::uint64_t UsptoXmlReader::xml_bytes() const { return pieces_ ? pieces_->data_bytes : parser_->parsed_bytes; }

UsptoXmlReader::Form UsptoXmlReader::form() const { return pieces_ ? Form::bulk : parser_->form; }

const std::string& UsptoXmlReader::name() const { return pieces_ ? pieces_->source->name() : parser_->source.name(); }

}  // namespace patlap
