#include "daily_file_record.h"
#include "base/errors.h"
#include "input/uspto/uspto_xml_reader.h"
#include "temp_file.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <chrono>
#include <fstream>
#include <sstream>

using namespace patlap;

namespace {

const std::string daily_file = std::string(PATLAP_FIXTURES) + "/uspto/ad20160101.xml";
const std::string search_file = std::string(PATLAP_FIXTURES) + "/uspto/search/lookup_patent_8789601_rows100.xml";

std::string file_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::size_t occurrences(std::string_view text, std::string_view what) {
    std::size_t count = 0;
    for (std::size_t at = text.find(what); at != std::string_view::npos; at = text.find(what, at + what.size()))
        ++count;
    return count;
}

// The 1-based line of each occurrence of `what` in `text`.
std::vector<std::uint64_t> lines_of(std::string_view text, std::string_view what) {
    std::vector<std::uint64_t> lines;
    std::uint64_t line = 1;
    std::size_t counted = 0;
    for (std::size_t at = text.find(what); at != std::string_view::npos; at = text.find(what, at + what.size())) {
        line += std::uint64_t(std::count(text.begin() + std::ptrdiff_t(counted), text.begin() + std::ptrdiff_t(at), '\n'));
        counted = at;
        lines.push_back(line);
    }
    return lines;
}

std::vector<AssignmentRecord> read_all(const std::string& path) {
    UsptoXmlReader reader(path);
    std::vector<AssignmentRecord> records;
    AssignmentRecord record;
    while (reader.next(record)) records.push_back(record);
    CHECK_FALSE(reader.next(record));  // and stays at the end
    return records;
}

std::vector<AssignmentRecord> read_text(std::string_view xml) {
    TempDir dir;
    return read_all(dir.write("in.xml", xml));
}

// The error reading `xml` gives (failing the test when there is none).
InputError error_of(std::string_view xml, const std::string& file_name = "in.xml") {
    TempDir dir;
    std::string path = dir.write(file_name, xml);
    try {
        read_all(path);
    } catch (const InputError& e) {
        return e;
    }
    FAIL("no InputError");
    return InputError("", 0, "");
}

using Strings = std::vector<std::string>;

Strings names(const std::vector<AssignmentParty>& parties) {
    Strings out;
    for (const auto& party : parties) out.push_back(party.name);
    return out;
}

bool same_record(const AssignmentRecord& a, const AssignmentRecord& b) {
    auto same_parties = [](const std::vector<AssignmentParty>& x, const std::vector<AssignmentParty>& y) {
        if (x.size() != y.size()) return false;
        for (std::size_t i = 0; i < x.size(); ++i)
            if (x[i].name != y[i].name || x[i].date != y[i].date) return false;
        return true;
    };
    if (a.properties.size() != b.properties.size()) return false;
    for (std::size_t i = 0; i < a.properties.size(); ++i) {
        const auto &p = a.properties[i], &q = b.properties[i];
        if (p.grant != q.grant || p.application != q.application || p.publication != q.publication ||
            p.country != q.country)
            return false;
    }
    return a.reel == b.reel && a.frame == b.frame && a.recorded == b.recorded && a.conveyance == b.conveyance &&
           a.problem == b.problem && same_parties(a.assignors, b.assignors) && same_parties(a.assignees, b.assignees);
}

const std::string declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

// The root of a bulk-form document around the given <patent-assignment> elements.
std::string bulk_root(std::string_view assignments) {
    return "<us-patent-assignments>\n<patent-assignments>\n" + std::string(assignments) +
           "</patent-assignments>\n</us-patent-assignments>\n";
}

// A bulk-form document: the declaration (line 1), the root (line 2), <patent-assignments> (line 3), and the
// <patent-assignment> elements from line 4 on.
std::string bulk(std::string_view assignments) { return declaration + bulk_root(assignments); }

std::string assignment(std::string_view reel, std::string_view assignor, std::string_view assignee,
                       std::string_view doc_number = "7654321") {
    std::string out = "<patent-assignment>\n<assignment-record><reel-no>" + std::string(reel) +
                      "</reel-no><frame-no>10</frame-no><recorded-date><date>20200102</date></recorded-date>"
                      "<conveyance-text>ASSIGNMENT</conveyance-text></assignment-record>\n<patent-assignors>";
    if (!assignor.empty())
        out += "<patent-assignor><name>" + std::string(assignor) + "</name></patent-assignor>";
    out += "</patent-assignors>\n<patent-assignees>";
    if (!assignee.empty()) out += "<patent-assignee><name>" + std::string(assignee) + "</name></patent-assignee>";
    out += "</patent-assignees>\n<patent-properties><patent-property><document-id><country>US</country><doc-number>" +
           std::string(doc_number) + "</doc-number><kind>B2</kind></document-id></patent-property></patent-properties>\n"
           "</patent-assignment>\n";
    return out;
}

}  // namespace

TEST_CASE("the real daily file: counts match the file's own elements", "[uspto_xml]") {
    const std::string text = file_text(daily_file);
    UsptoXmlReader reader(daily_file);
    std::vector<AssignmentRecord> records;
    AssignmentRecord record;
    while (reader.next(record)) records.push_back(record);
    CHECK(reader.form() == UsptoXmlReader::Form::bulk);
    CHECK(reader.bytes_read() == text.size());

    std::size_t assignors = 0, assignees = 0, properties = 0, problems = 0, grants = 0, applications = 0,
                publications = 0;
    std::vector<std::uint64_t> lines;
    for (const auto& r : records) {
        assignors += r.assignors.size();
        assignees += r.assignees.size();
        properties += r.properties.size();
        problems += !r.problem.empty();
        lines.push_back(r.line);
        for (const auto& p : r.properties) {
            grants += !p.grant.empty();
            applications += !p.application.empty();
            publications += !p.publication.empty();
            CHECK(p.country == "US");
        }
        CHECK(r.recorded != 0);
    }
    CHECK(records.size() == 199);
    CHECK(assignors == 421);
    CHECK(properties == 578);
    CHECK(problems == 0);
    // An independent count: the elements as they occur in the text.
    CHECK(records.size() == occurrences(text, "<patent-assignment>"));
    CHECK(assignors == occurrences(text, "<patent-assignor>"));
    CHECK(assignees == occurrences(text, "<patent-assignee>"));
    CHECK(properties == occurrences(text, "<patent-property>"));
    CHECK(applications == occurrences(text, "<kind>X0</kind>"));
    CHECK(publications == occurrences(text, "<kind>A1</kind>"));
    CHECK(grants == occurrences(text, "<kind>B1</kind>") + occurrences(text, "<kind>B2</kind>"));
    CHECK(lines == lines_of(text, "<patent-assignment>"));
}

TEST_CASE("the real daily file: the first record field by field", "[uspto_xml]") {
    UsptoXmlReader reader(daily_file);
    AssignmentRecord r;
    REQUIRE(reader.next(r));
    CHECK(r.line == 65);
    check_first_daily_record(r);
    CHECK_FALSE(r.kind.has_value());

    REQUIRE(reader.next(r));  // the record is cleared before the next one is filled
    CHECK(r.reel == "37388");
    CHECK(r.frame == "106");
    CHECK(r.line == 137);
}

TEST_CASE("records cut by chunk boundaries come out whole", "[uspto_xml]") {
    // The daily file's records three times over: over 2 MiB, so chunks of 1 MiB end inside records.
    const std::string text = file_text(daily_file);
    const std::size_t first = text.find("    <patent-assignment>"),
                      last = text.find('\n', text.rfind("</patent-assignment>")) + 1;  // the file has CRLF line ends
    const std::string body = text.substr(first, last - first);
    std::string big = text.substr(0, first);
    for (int i = 0; i < 3; ++i) big += body;
    big += text.substr(last);
    REQUIRE(big.size() > (2u << 20));

    TempDir dir;
    auto original = read_all(daily_file);
    auto tripled = read_all(dir.write("big.xml", big));
    REQUIRE(tripled.size() == 3 * original.size());
    std::uint64_t body_lines = std::uint64_t(std::count(body.begin(), body.end(), '\n'));
    for (std::size_t i = 0; i < tripled.size(); ++i) {
        const auto& expected = original[i % original.size()];
        INFO("record " << i);
        CHECK(same_record(tripled[i], expected));
        CHECK(tripled[i].line == expected.line + body_lines * (i / original.size()));
    }
}

TEST_CASE("a gzipped file gives the same records", "[uspto_xml]") {
    TempDir dir;
    const std::string text = file_text(daily_file);
    const std::string path = dir.write_gzip("ad20160101.xml.gz", text);
    auto plain = read_all(daily_file);
    auto gzipped = read_all(path);
    REQUIRE(gzipped.size() == plain.size());
    for (std::size_t i = 0; i < plain.size(); ++i) {
        CHECK(same_record(gzipped[i], plain[i]));
        CHECK(gzipped[i].line == plain[i].line);
    }
    UsptoXmlReader reader(path);
    AssignmentRecord record;
    while (reader.next(record)) {}
    CHECK(reader.xml_bytes() == text.size());
    CHECK(reader.bytes_read() == std::filesystem::file_size(path));  // progress counts the compressed bytes
    CHECK(reader.bytes_read() < text.size() / 4);
}

TEST_CASE("a search service result: one record per doc, NULL numbers empty, arrays aligned", "[uspto_xml]") {
    UsptoXmlReader reader(search_file);
    std::vector<AssignmentRecord> records;
    AssignmentRecord record;
    while (reader.next(record)) records.push_back(record);
    CHECK(reader.form() == UsptoXmlReader::Form::search);
    REQUIRE(records.size() == 15);
    for (const auto& r : records) CHECK(r.problem.empty());

    const AssignmentRecord& first = records[0];
    CHECK(first.line == 20);
    CHECK(first.reel == "66186");
    CHECK(first.frame == "752");
    CHECK(first.recorded == 20240103);
    CHECK(first.conveyance == "INTELLECTUAL PROPERTY SECURITY AGREEMENT");
    CHECK(names(first.assignors) == Strings{"FTS INTERNATIONAL SERVICES, LLC", "U.S. WELL SERVICES, LLC",
                                            "PROFRAC SERVICES, LLC", "U.S. WELL SERVICES HOLDINGS, LLC",
                                            "BEST PUMP AND FLOW, LLC"});
    for (const auto& assignor : first.assignors) CHECK(assignor.date == 20231227);
    CHECK(names(first.assignees) ==
          Strings{"U.S. BANK TRUST COMPANY, NATIONAL ASSOCIATION, AS COLLATERAL AGENT"});
    REQUIRE(first.properties.size() == 117);
    // patNum NULL, applNum 17681428, publNum 20220274793
    CHECK(first.properties[0].grant.empty());
    CHECK(first.properties[0].application == "17681428");
    CHECK(first.properties[0].publication == "20220274793");
    // the third entry of each array: patNum 11959371, applNum 15145443, publNum 20160319650
    CHECK(first.properties[2].grant == "11959371");
    CHECK(first.properties[2].application == "15145443");
    CHECK(first.properties[2].publication == "20160319650");
    CHECK(first.properties[2].country == "US");
    std::size_t without_grant = 0;
    for (const auto& p : first.properties) {
        without_grant += p.grant.empty();
        CHECK(p.grant != "NULL");
        CHECK(p.publication != "NULL");
    }
    CHECK(without_grant == 27);  // the 27 NULLs of its patNum

    const AssignmentRecord& last = records[14];
    CHECK(last.reel == "32861");
    CHECK(last.frame == "806");
    CHECK(last.recorded == 20140509);
    CHECK(last.conveyance == "ASSIGNMENT OF ASSIGNORS INTEREST (SEE DOCUMENT FOR DETAILS).");
    REQUIRE(last.assignors.size() == 3);
    CHECK(names(last.assignors) == Strings{"BROUSSARD, JOEL", "MCPHERSON, JEFF", "KURTZ, ROBERT"});
    CHECK(last.assignors[0].date == 20140509);
    CHECK(last.assignors[1].date == 20140224);
    CHECK(last.assignors[2].date == 20140224);
    CHECK(names(last.assignees) == Strings{"US WELL SERVICES LLC"});
    REQUIRE(last.properties.size() == 1);
    CHECK(last.properties[0].grant == "8789601");
    CHECK(last.properties[0].application == "14190982");
    CHECK(last.properties[0].publication == "20140174717");
}

TEST_CASE("a search service record of an application only", "[uspto_xml]") {
    auto records = read_all(std::string(PATLAP_FIXTURES) + "/uspto/search/fixture_assignment_2.xml");
    REQUIRE(records.size() == 1);
    const auto& r = records[0];
    CHECK(r.reel == "43433");
    CHECK(r.frame == "231");
    CHECK(r.recorded == 20170829);
    CHECK(names(r.assignees) == Strings{"TESLA MOTORS, INC."});
    CHECK(r.assignors.size() == 5);
    CHECK(r.assignors[1].name == "RAMM, ROBERT JAMES");
    CHECK(r.assignors[1].date == 20170530);
    REQUIRE(r.properties.size() == 1);
    CHECK(r.properties[0].grant.empty());  // patNum NULL
    CHECK(r.properties[0].application == "15334090");
    CHECK(r.properties[0].publication == "20180114740");
    CHECK(r.problem.empty());
}

TEST_CASE("search service placeholders: 0001-01-01 and NULL are no value", "[uspto_xml]") {
    auto records = read_text(R"(<?xml version="1.0" encoding="UTF-8"?>
<response>
<lst name="responseHeader"><str name="reelNo">999</str></lst>
<result name="response" numFound="1" start="0">
  <doc>
    <str name="reelNo"> 12345 </str>
    <str name="frameNo">67</str>
    <date name="recordedDate">0001-01-01T00:00:00Z</date>
    <str name="conveyanceText">SECURITY AGREEMENT</str>
    <arr name="patAssignorName"><str>ACME CORP.</str><str>NULL</str><str>BETA LLC</str></arr>
    <arr name="patAssignorExDate"><date>0001-01-01T00:00:00Z</date><date>2020-01-01T05:00:00Z</date>
      <date>2021-06-24T04:00:00Z</date></arr>
    <str name="patAssignorNameFirst">NOT A FIELD WE READ</str>
    <arr name="patAssigneeName"><str>LENDER BANK</str></arr>
    <arr name="publNum"><str>NULL</str><str>NULL</str><str>20200000001</str></arr>
    <arr name="patNum"><str>1234567</str><str>NULL</str><str>NULL</str></arr>
    <arr name="applNum"><str>11111111</str><str>NULL</str><str>22222222</str></arr>
  </doc>
</result>
<lst name="highlighting"><lst name="12345-67"><arr name="patNum"><str>7777777</str></arr></lst></lst>
</response>
)");
    REQUIRE(records.size() == 1);
    const auto& r = records[0];
    CHECK(r.line == 5);
    CHECK(r.reel == "12345");
    CHECK(r.frame == "67");
    CHECK(r.recorded == 0);
    // A NULL name is an assignor without a name, kept (so the record is unusable, as a daily file's would be),
    // not left out silently.
    REQUIRE(r.assignors.size() == 3);
    CHECK(r.assignors[0].name == "ACME CORP.");
    CHECK(r.assignors[0].date == 0);
    CHECK(r.assignors[1].name.empty());
    CHECK(r.assignors[1].date == 20200101);
    CHECK(r.assignors[2].name == "BETA LLC");
    CHECK(r.assignors[2].date == 20210624);  // aligned with its name
    REQUIRE(r.properties.size() == 2);       // the all-NULL middle entry is no property
    CHECK(r.properties[0].grant == "1234567");
    CHECK(r.properties[0].application == "11111111");
    CHECK(r.properties[0].publication.empty());
    CHECK(r.properties[1].grant.empty());
    CHECK(r.properties[1].application == "22222222");
    CHECK(r.properties[1].publication == "20200000001");
    CHECK(r.problem.empty());
}

TEST_CASE("document-id kinds: X application, A publication, anything else the grant", "[uspto_xml]") {
    auto doc = [](std::string_view number, std::string_view kind) {
        std::string out = "<document-id><country>US</country><doc-number>" + std::string(number) + "</doc-number>";
        if (!kind.empty()) out += "<kind>" + std::string(kind) + "</kind>";
        return out + "<date>20100101</date></document-id>";
    };
    std::string properties = "<patent-property>" + doc("29123456", "X0") + doc("20100012345", "A9") +
                             doc("D612345", "S") + "<invention-title lang=\"en\">A <b>bold</b> title</invention-title>"
                             "</patent-property>"
                             "<patent-property>" + doc("RE45678", "E") + doc("NULL", "X0") + "</patent-property>"
                             "<patent-property>" + doc("PP23456", "P3") + doc(" 12345678 ", "") + "</patent-property>"
                             "<patent-property>" + doc("H2345", "H") + doc("20121234567", "") + "</patent-property>"
                             "<patent-property>" + doc("", "B2") + "</patent-property>"
                             "<patent-property>" + doc("6123456", "") + "</patent-property>";
    auto records = read_text(bulk(
        "<patent-assignment><assignment-record><reel-no>1</reel-no><frame-no>2</frame-no></assignment-record>"
        "<patent-assignors><patent-assignor><name>A</name></patent-assignor></patent-assignors>"
        "<patent-assignees><patent-assignee><name>B</name></patent-assignee></patent-assignees>"
        "<patent-properties>" + properties + "</patent-properties></patent-assignment>\n"));
    REQUIRE(records.size() == 1);
    const auto& p = records[0].properties;
    REQUIRE(p.size() == 5);  // the property with an empty doc-number is not read, and makes the record unusable
    CHECK(p[0].application == "29123456");
    CHECK(p[0].publication == "20100012345");
    CHECK(p[0].grant == "D612345");
    CHECK(p[1].grant == "RE45678");
    CHECK(p[1].application.empty());
    CHECK(p[2].grant == "PP23456");
    CHECK(p[2].application == "12345678");  // no kind, 8 digits: an application
    CHECK(p[3].grant == "H2345");
    CHECK(p[3].publication == "20121234567");  // no kind, 11 digits: a publication
    CHECK(p[4].grant == "6123456");            // no kind, 7 digits: a grant
    CHECK(records[0].recorded == 0);           // no recorded-date
    CHECK(records[0].problem == "a property with no patent, application or publication number");
}

TEST_CASE("kind A: a grant before 2001, a publication on an 11-digit number", "[uspto_xml]") {
    auto doc = [](std::string_view number, std::string_view kind) {
        return "<document-id><country>US</country><doc-number>" + std::string(number) + "</doc-number><kind>" +
               std::string(kind) + "</kind></document-id>";
    };
    auto records = read_text(bulk(
        "<patent-assignment><assignment-record><reel-no>1</reel-no><frame-no>2</frame-no></assignment-record>"
        "<patent-assignors><patent-assignor><name>A</name></patent-assignor></patent-assignors>"
        "<patent-assignees><patent-assignee><name>B</name></patent-assignee></patent-assignees>"
        "<patent-properties><patent-property>" + doc("08123456", "X0") + doc("5123456", "A") + "</patent-property>"
        "<patent-property>" + doc("09999999", "X0") + doc("20010001234", "A") + "</patent-property>"
        "</patent-properties></patent-assignment>\n"));
    REQUIRE(records.size() == 1);
    REQUIRE(records[0].properties.size() == 2);
    CHECK(records[0].properties[0].grant == "5123456");
    CHECK(records[0].properties[0].publication.empty());
    CHECK(records[0].properties[1].publication == "20010001234");
    CHECK(records[0].properties[1].grant.empty());
}

TEST_CASE("character references and raw UTF-8 give the same text", "[uspto_xml]") {
    auto records = read_text(bulk(assignment("1", "REN&#233; DUPONT", "SOCI&#xC9;T&#xe9; &amp; CIE") +
                                  assignment("2", "RENÉ DUPONT", "SOCIÉTé &amp; CIE")));
    REQUIRE(records.size() == 2);
    CHECK(records[0].assignors[0].name == "REN\xC3\xA9 DUPONT");
    CHECK(records[1].assignors[0].name == "REN\xC3\x89 DUPONT");
    CHECK(records[0].assignees[0].name == "SOCI\xC3\x89T\xC3\xA9 & CIE");
    CHECK(records[0].assignees[0].name == records[1].assignees[0].name);
}

TEST_CASE("names and texts are trimmed; other elements are ignored", "[uspto_xml]") {
    auto records = read_text(bulk(R"(<patent-assignment>
<assignment-record>
  <reel-no>
    37388
  </reel-no>
  <frame-no>92</frame-no>
  <last-update-date><date>20160101</date></last-update-date>
  <recorded-date><date> 20151230 </date></recorded-date>
  <correspondent><name>CORRESPONDENT LLP</name><address-1>PO BOX 1</address-1></correspondent>
  <conveyance-text>
     ASSIGNMENT OF ASSIGNORS INTEREST
  </conveyance-text>
</assignment-record>
<patent-assignors>
  <patent-assignor><name>	SMITH, JOHN </name><execution-date><date>20060330</date></execution-date>
    <date-acknowledged><date>20060401</date></date-acknowledged></patent-assignor>
  <patent-assignor><name>  </name><execution-date><date>20060331</date></execution-date></patent-assignor>
  <patent-assignor><name>DOE, JANE</name><execution-date><date>20061399</date></execution-date></patent-assignor>
</patent-assignors>
<patent-assignees><patent-assignee><name>ACME, INC.</name><city>BOSTON</city></patent-assignee></patent-assignees>
<patent-properties><patent-property><document-id><country>JP</country><doc-number>14678893</doc-number>
  <kind>X0</kind><name>IGNORED</name><date>20150403</date></document-id></patent-property></patent-properties>
</patent-assignment>
)"));
    REQUIRE(records.size() == 1);
    const auto& r = records[0];
    CHECK(r.reel == "37388");
    CHECK(r.recorded == 20151230);
    CHECK(r.conveyance == "ASSIGNMENT OF ASSIGNORS INTEREST");
    REQUIRE(r.assignors.size() == 2);  // the blank name is no assignor, and makes the record unusable
    CHECK(r.problem == "an assignor with no name");
    CHECK(r.assignors[0].name == "SMITH, JOHN");
    CHECK(r.assignors[0].date == 20060330);
    CHECK(r.assignors[1].name == "DOE, JANE");
    CHECK(r.assignors[1].date == 0);  // 13th month
    CHECK(names(r.assignees) == Strings{"ACME, INC."});
    REQUIRE(r.properties.size() == 1);
    CHECK(r.properties[0].application == "14678893");
    CHECK(r.properties[0].country == "JP");
}

TEST_CASE("a record that cannot be used has a problem, and reading goes on", "[uspto_xml]") {
    auto records = read_text(bulk(assignment("100", "A CORP", "") + assignment("101", "", "B CORP") +
                                  assignment("10a", "A CORP", "B CORP") + assignment("", "A CORP", "B CORP") +
                                  assignment("104", "A CORP", "B CORP", "NULL") +
                                  assignment("105", "A CORP", "B CORP")));
    REQUIRE(records.size() == 6);
    CHECK(records[0].problem == "no assignee name");
    CHECK(records[0].assignors.size() == 1);  // the rest is read all the same
    CHECK(records[0].properties.size() == 1);
    CHECK(records[1].problem == "no assignor name");
    CHECK(records[2].problem == "the reel number \"10a\" is not a number");
    CHECK(records[3].problem == "no reel number");
    CHECK(records[4].problem == "no property with a patent, application or publication number");
    CHECK(records[5].problem.empty());
    CHECK(records[5].reel == "105");
    CHECK(records[5].line == records[4].line + 6);
}

TEST_CASE("a truncated file is an error at its end", "[uspto_xml]") {
    auto error = error_of("<us-patent-assignments>\n<patent-assignments>\n<patent-assignment>\n"
                          "<assignment-record><reel-no>12");
    CHECK(error.file().ends_with("in.xml"));
    CHECK(error.line() == 4);
    CHECK(error.message() == "XML error: the file ends with 5 elements still open (cut short?) at column 31 (byte 96)");

    // The real file cut in the middle of a record: the records before the cut are read, then the error.
    std::string text = file_text(daily_file);
    text.resize(text.find("<name>SEGALL") + 8);
    TempDir dir;
    UsptoXmlReader reader(dir.write("cut.xml", text));
    AssignmentRecord record;
    try {
        while (reader.next(record)) {}
        FAIL("no error");
    } catch (const InputError& e) {
        CHECK(e.line() == 92);
        CHECK(e.message().starts_with("XML error: the file ends with 6 elements still open (cut short?) at column "));
    }
    CHECK_THROWS_AS(reader.next(record), InputError);  // and again on a later call
}

TEST_CASE("a mismatched tag and junk after the root are errors", "[uspto_xml]") {
    auto mismatched = error_of(bulk("<patent-assignment>\n<assignment-record></patent-assignment>\n"));
    CHECK(mismatched.line() == 5);
    CHECK(mismatched.message() ==
          "XML error: Opening and ending tag mismatch: assignment-record line 5 and patent-assignment at column 40 "
          "(byte 144)");

    auto junk = error_of(bulk("") + "<more/>\n");
    CHECK(junk.line() == 6);
    CHECK(junk.message() == "XML error: Extra content at the end of the document at column 1 (byte 132)");
}

TEST_CASE("another root element is not assignment XML", "[uspto_xml]") {
    auto error = error_of("<?xml version=\"1.0\"?>\n<!-- a catalog -->\n<catalog><patent-assignment/></catalog>\n");
    CHECK(error.line() == 3);
    CHECK(error.message() == "not USPTO assignment XML: the root element is <catalog>; expected "
                             "<us-patent-assignments> (daily or backfile file) or <response> (assignment search "
                             "result)");
}

TEST_CASE("an undefined entity is an error", "[uspto_xml]") {
    auto error = error_of(bulk(assignment("1", "A &bogus; CORP", "B CORP")));
    CHECK(error.line() == 6);
    CHECK(error.message().starts_with("XML error: Entity 'bogus' not defined at column "));

    // With an external DTD, which is never read, the reference cannot be resolved either.
    auto external = error_of(declaration + "<!DOCTYPE us-patent-assignments SYSTEM \"us-patent-assignments.dtd\">\n" +
                             bulk_root(assignment("1", "A &bogus; CORP", "B CORP")));
    CHECK(external.line() == 7);
    CHECK(external.message() ==
          "reference to the entity &bogus; which is not declared in the file (external DTDs are not read)");
}

TEST_CASE("nested entities (billion laughs) fail quickly instead of expanding", "[uspto_xml]") {
    std::string dtd = "<?xml version=\"1.0\"?>\n<!DOCTYPE us-patent-assignments [\n<!ENTITY lol0 \"lol\">\n";
    for (int i = 1; i <= 9; ++i) {
        dtd += "<!ENTITY lol" + std::to_string(i) + " \"";
        for (int j = 0; j < 10; ++j) dtd += "&lol" + std::to_string(i - 1) + ";";
        dtd += "\">\n";
    }
    dtd += "]>\n";  // lines 1 to 13
    auto start = std::chrono::steady_clock::now();
    auto error = error_of(dtd + bulk_root(assignment("1", "&lol9;", "B CORP")));  // 3 * 10^9 bytes expanded
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    CHECK(seconds < 2.0);
    CHECK(error.line() == 18);
    CHECK(error.message().starts_with("XML error: Detected an entity reference loop at column "));
}

TEST_CASE("one large entity referenced many times fails quickly instead of expanding", "[uspto_xml]") {
    std::string dtd = declaration + "<!DOCTYPE us-patent-assignments [\n<!ENTITY big \"" + std::string(100000, 'x') +
                      "\">\n]>\n";  // lines 1 to 4
    std::string references;
    for (int i = 0; i < 20000; ++i) references += "&big;";  // 2 * 10^9 bytes expanded
    auto start = std::chrono::steady_clock::now();
    auto error = error_of(dtd + bulk_root(assignment("1", references, "B CORP")));
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    CHECK(seconds < 2.0);
    CHECK(error.line() == 9);
    CHECK(error.message().starts_with("XML error: entity expansion beyond 100 times the input ("));
}

TEST_CASE("entities of the inline DTD are expanded, and a reference to an external one is an error", "[uspto_xml]") {
    TempDir dir;
    const std::string secret = dir.write("secret.txt", "SECRET");
    const std::string dtd = declaration + "<!DOCTYPE us-patent-assignments [\n"
                            "<!ENTITY corp \"ACME &amp; SONS\">\n"
                            "<!ENTITY party \"<patent-assignee><name>&corp; LLC</name></patent-assignee>\">\n"
                            "<!ENTITY leak SYSTEM \"file://" + secret + "\">\n"
                            "]>\n";  // lines 1 to 6
    std::string third = assignment("3", "X", "PARTY");
    const std::string_view party = "<patent-assignee><name>PARTY</name></patent-assignee>";
    third.replace(third.find(party), party.size(), "&party;");
    auto records = read_all(dir.write("in.xml", dtd + bulk_root(assignment("1", "&corp;", "B CORP") +
                                                                assignment("2", "&corp;", "C") + third)));
    REQUIRE(records.size() == 3);
    CHECK(records[0].assignors[0].name == "ACME & SONS");
    CHECK(records[1].assignors[0].name == "ACME & SONS");
    CHECK(names(records[2].assignees) == Strings{"ACME & SONS LLC"});  // elements in an entity count
    CHECK(records[0].line == 9);
    CHECK(records[2].line == 21);
    for (const auto& r : records) CHECK(r.problem.empty());

    // The external entity is never loaded: its text would be missing from the record, so it stops the read.
    try {
        read_all(dir.write("leak.xml", dtd + bulk_root(assignment("1", "&corp;", "B &leak;CORP"))));
        FAIL("no error");
    } catch (const InputError& e) {
        CHECK(e.message().find("external entity &leak;") != std::string::npos);
        CHECK(e.message().find("SECRET") == std::string::npos);
    }
}

TEST_CASE("CDATA sections are text; comments and processing instructions are not", "[uspto_xml]") {
    auto records = read_text(bulk(assignment("1", "<![CDATA[A & <B>]]> CORP<!-- a note --><?pi data?>", "B")));
    REQUIRE(records.size() == 1);
    CHECK(records[0].assignors[0].name == "A & <B> CORP");
}

TEST_CASE("two readers at once keep their own state and errors", "[uspto_xml]") {
    TempDir dir;
    UsptoXmlReader good(daily_file);
    UsptoXmlReader bad(dir.write("bad.xml", bulk("<patent-assignment>\n<assignment-record></patent-assignment>\n")));
    AssignmentRecord record;
    REQUIRE(good.next(record));
    CHECK(record.line == 65);
    try {
        bad.next(record);
        FAIL("no error");
    } catch (const InputError& e) {
        CHECK(e.line() == 5);
        CHECK(e.message().starts_with("XML error: Opening and ending tag mismatch"));
    }
    std::size_t count = 1;
    while (good.next(record)) ++count;
    CHECK(count == 199);
}

TEST_CASE("an empty file is an error", "[uspto_xml]") {
    auto error = error_of("");
    CHECK(error.line() == 0);
    CHECK(error.message() == "the file is empty; expected USPTO assignment XML");

    auto blank = error_of("\n\n");
    CHECK(blank.line() == 3);
    CHECK(blank.message() == "XML error: Extra content at the end of the document at column 1 (byte 3)");
}

TEST_CASE("a missing file is an error when the reader is made", "[uspto_xml]") {
    TempDir dir;
    CHECK_THROWS_AS(UsptoXmlReader((dir.path() / "missing.xml").string()), InputError);
}
