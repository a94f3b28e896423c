#include "base/errors.h"
#include "input/transfer_loader.h"
#include "input/uspto/uspto_json_reader.h"
#include "temp_file.h"

#include <catch2/catch.hpp>
#include <fmt/format.h>

using namespace patlap;

namespace {

const std::string center = std::string(PATLAP_FIXTURES) + "/uspto/assignment-center";
const std::string portal = std::string(PATLAP_FIXTURES) + "/uspto/odp";

struct Read {
    std::vector<AssignmentRecord> records;
    UsptoJsonReader::Form form;
    std::string shortfall;
};

Read read_file(const std::string& path) {
    UsptoJsonReader reader(std::make_unique<ByteSource>(path));
    Read out;
    AssignmentRecord record;
    while (reader.next(record)) out.records.push_back(record);
    out.form = reader.form();
    out.shortfall = reader.shortfall();
    return out;
}

Read read_text(const std::string& text) {
    TempDir dir;
    return read_file(dir.write("in.json", text));
}

// The error reading `text` gives, as "LINE: message".
std::string error_of(const std::string& text) {
    try {
        read_text(text);
    } catch (const InputError& e) {
        return fmt::format("{}: {}", e.line(), e.message());
    }
    return "no error";
}

// An Assignment Center response holding the given records (each the inside of an object).
std::string center_response(std::initializer_list<std::string> records) {
    std::string data;
    for (const std::string& r : records) data += fmt::format("{}\n{{{}}}", data.empty() ? "" : ",", r);
    return fmt::format("{{\"status\": \"Success\", \"statusCode\": 200, \"error\": null, \"successResponse\": "
                       "{{\"data\": [\n{}]}}}}\n",
                       data);
}

const std::string plain_record =
    R"("reelNumber": 5, "frameNumber": 6, "conveyance": "SECURITY AGREEMENT", "assignors": [{"assignorName": "ACME INC", )"
    R"("executionDate": "01/02/2020"}], "assignees": ["BETA BANK"], "noOfProperties": 1, )"
    R"("properties": [{"applicationNumber": "14123456", "patentNumber": "9000000", "publicationNumber": null}])";

}  // namespace

TEST_CASE("an Assignment Center record, field by field", "[uspto_json]") {
    Read read = read_file(center + "/ac_v2_search_patent_10000000.json");
    CHECK(read.form == UsptoJsonReader::Form::assignment_center);
    REQUIRE(read.records.size() == 1);
    const AssignmentRecord& r = read.records[0];
    CHECK(r.reel == "35130");
    CHECK(r.frame == "327");
    CHECK(r.conveyance == "ASSIGNMENT OF ASSIGNOR'S INTEREST");
    CHECK(r.kind == TransferKind::assignment);  // code 23; the loader makes it employer (an inventor assigning)
    CHECK(r.recorded == 0);                     // search hits carry no recorded date
    REQUIRE(r.assignors.size() == 1);
    CHECK(r.assignors[0].name == "MARRON, JOSEPH");
    CHECK(r.assignors[0].date == 20150306);
    REQUIRE(r.assignees.size() == 1);
    CHECK(r.assignees[0].name == "RAYTHEON COMPANY");
    REQUIRE(r.properties.size() == 1);
    CHECK(r.properties[0].grant == "10000000");
    CHECK(r.properties[0].application == "14643719");
    CHECK(r.properties[0].publication == "20160266243");
    CHECK(r.stated_properties == 1u);
    CHECK(r.line == 1);
    CHECK(r.problem.empty());
    CHECK(read.shortfall.empty());
}

TEST_CASE("Assignment Center responses as saved: counts, short records and a short response", "[uspto_json]") {
    Read widex = read_file(center + "/ac_v2_search_assignee_exact_WIDEX_AS.json");
    CHECK(widex.records.size() == 318);
    CHECK(widex.shortfall == "the response lists 318 of the 325 records its totalRows counts (the rest are on later "
                             "pages, or the service left them out)");
    std::size_t short_records = 0, problems = 0;
    for (const AssignmentRecord& r : widex.records) {
        short_records += r.stated_properties && *r.stated_properties > r.properties.size();
        problems += !r.problem.empty();
    }
    CHECK(short_records == 2);
    CHECK(problems == 0);
    Read name_change = read_file(center + "/ac_v2_search_reelframe_58293-75.json");
    REQUIRE(name_change.records.size() == 1);
    CHECK(name_change.records[0].kind == TransferKind::name_change);
    CHECK(name_change.records[0].stated_properties == 29u);
    CHECK(name_change.records[0].properties.size() == 1);
    CHECK(name_change.records[0].properties[0].grant.empty());  // patentNumber null
    CHECK(name_change.records[0].properties[0].publication == "20220254212");
}

TEST_CASE("conveyanceCode: a known code's kind, 40 and none leave the text to decide, others are problems",
          "[uspto_json]") {
    Read read = read_text(center_response({plain_record + R"(, "conveyanceCode": 25)",
                                           plain_record + R"(, "conveyanceCode": 40)",
                                           plain_record + R"(, "conveyanceCode": null)", plain_record,
                                           plain_record + R"(, "conveyanceCode": 36)",
                                           plain_record + R"(, "conveyanceCode": 99)"}));
    REQUIRE(read.records.size() == 6);
    CHECK(read.records[0].kind == TransferKind::security);
    CHECK_FALSE(read.records[1].kind);
    CHECK_FALSE(read.records[2].kind);
    CHECK_FALSE(read.records[3].kind);
    CHECK(read.records[4].kind == TransferKind::release);
    CHECK(read.records[5].problem == "unknown conveyanceCode 99 (known: 23, 25, 28, 33, 34, 36, 40)");
    CHECK(read.records[5].line == 8);
    for (std::size_t i = 0; i < 5; ++i) CHECK(read.records[i].problem.empty());
}

TEST_CASE("Assignment Center dates: MM/DD/YYYY, empty and null are none, the record's date stands in",
          "[uspto_json]") {
    Read read = read_text(center_response(
        {R"("reelNumber": "7", "frameNumber": "8", "assignorExecutionDate": "03/04/2019", "assignors": [{"assignorName": "A CORP", "executionDate": ""}, {"assignorName": "B CORP", "executionDate": null}, {"assignorName": "C CORP", "executionDate": "05/06/2018"}], "assignees": ["D CORP"], "properties": [{"patentNumber": "1"}])",
         plain_record + R"(, "assignors": [{"assignorName": "X", "executionDate": "2020-01-02"}])",
         plain_record + R"(, "assignorExecutionDate": "13/45/2020")"}));
    REQUIRE(read.records.size() == 3);
    const auto& first = read.records[0];
    REQUIRE(first.assignors.size() == 3);
    CHECK(first.assignors[0].date == 20190304);
    CHECK(first.assignors[1].date == 20190304);
    CHECK(first.assignors[2].date == 20180506);
    CHECK(first.problem.empty());
    CHECK(read.records[1].problem == "executionDate \"2020-01-02\" is not a date (MM/DD/YYYY)");
    CHECK(read.records[2].problem == "assignorExecutionDate \"13/45/2020\" is not a date (MM/DD/YYYY)");
}

TEST_CASE("an Assignment Center record without its parts has a problem, and reading goes on", "[uspto_json]") {
    Read read = read_text(center_response({R"("frameNumber": 6, "assignors": [], "assignees": [], "properties": [])",
                                           R"("reelNumber": 5, "frameNumber": 6, "assignors": [{"assignorName": "A"}], "assignees": ["B"], "properties": [{"patentNumber": null, "applicationNumber": ""}])",
                                           R"("reelNumber": -5, "frameNumber": 6)", plain_record}));
    REQUIRE(read.records.size() == 4);
    CHECK(read.records[0].problem == "no reel number");
    CHECK(read.records[1].problem == "a property with no patent, application or publication number");
    CHECK(read.records[2].problem == "the reel number \"-5\" is not a number");
    CHECK(read.records[3].problem.empty());
}

TEST_CASE("an Assignment Center failure is an error", "[uspto_json]") {
    CHECK(error_of(R"({"status": "Failure", "statusCode": 500, "error": "Internal error", "successResponse": null})") ==
          "0: the Assignment Center reports status \"Failure\": Internal error");
    CHECK(error_of(R"({"status": "Success", "successResponse": {"totalRows": 0}})") ==
          "0: the Assignment Center response has no successResponse.data list of records");
}

TEST_CASE("an Open Data Portal response of 2025: the application is the record's property", "[uspto_json]") {
    Read read = read_file(portal + "/odp_application_15000001_assignment.json");
    CHECK(read.form == UsptoJsonReader::Form::open_data_portal);
    REQUIRE(read.records.size() == 1);
    const AssignmentRecord& r = read.records[0];
    CHECK(r.reel == "38323");
    CHECK(r.frame == "190");
    CHECK(r.recorded == 20160419);
    CHECK(r.conveyance == "ASSIGNMENT OF ASSIGNORS INTEREST (SEE DOCUMENT FOR DETAILS).");
    CHECK_FALSE(r.kind);
    REQUIRE(r.assignors.size() == 9);
    CHECK(r.assignors[0].name == "HEO, JIN-PIL");
    CHECK(r.assignors[8].date == 20160121);
    REQUIRE(r.assignees.size() == 1);
    CHECK(r.assignees[0].name == "SAMSUNG ELECTRONICS CO., LTD");
    REQUIRE(r.properties.size() == 1);
    CHECK(r.properties[0].application == "15000001");
    CHECK(r.properties[0].grant.empty());
    CHECK(r.line == 7);
    CHECK(r.problem.empty());
}

TEST_CASE("an Open Data Portal response of 2024 does not name its application: no property", "[uspto_json]") {
    Read read = read_file(portal + "/odp_application_15123456_assignment.json");
    REQUIRE(read.records.size() == 1);
    const AssignmentRecord& r = read.records[0];
    CHECK(r.reel == "47305");
    CHECK(r.frame == "442");
    CHECK(r.recorded == 20181025);
    REQUIRE(r.assignors.size() == 1);
    CHECK(r.assignors[0].date == 20180923);
    CHECK(r.assignees.at(0).name == "THE GENERAL HOSPITAL CORPORATION");
    CHECK(r.properties.empty());
    CHECK(r.problem == "no property: the response does not say which application the assignment is for (it has no "
                       "applicationNumberText)");
}

TEST_CASE("Open Data Portal: one assignment object, the combined reel/frame, a patent number, key order",
          "[uspto_json]") {
    Read read = read_text(R"({"count": 2, "patentFileWrapperDataBag": [
{"assignmentBag": {"reelAndFrameNumber": "060620/0769", "assignmentRecordedDate": "2022-07-11",
  "conveyanceText": "ASSIGNMENT", "assignorBag": [{"assignorName": "STMICROELECTRONICS SA", "executionDate": "2022-06-30"}],
  "assigneeBag": [{"assigneeNameText": "STMICROELECTRONICS INTERNATIONAL N.V."}]},
 "applicationMetaData": {"patentNumber": "9362380"}, "applicationNumberText": "14104993"}]})");
    REQUIRE(read.records.size() == 1);
    const AssignmentRecord& r = read.records[0];
    CHECK(r.reel == "060620");
    CHECK(r.frame == "0769");
    REQUIRE(r.properties.size() == 1);
    CHECK(r.properties[0].application == "14104993");
    CHECK(r.properties[0].grant == "9362380");
    CHECK(r.line == 2);
    CHECK(r.problem.empty());
    CHECK(read.shortfall == "the response lists 1 of the 2 applications its count counts (the rest are on later pages)");
    CHECK(read_text(R"({"patentBag": [{"applicationNumberText": "1", "assignmentBag": [{"reelNumber": 1, "frameNumber": 2,
      "assignorBag": [{"assignorName": "A", "executionDate": "2020/01/01"}], "assigneeBag": [{"assigneeNameText": "B"}]}]}]})")
              .records.at(0)
              .problem == "executionDate \"2020/01/01\" is not a date (YYYY-MM-DD)");
}

TEST_CASE("JSON that is not JSON: the line and column of the first error", "[uspto_json]") {
    CHECK(error_of("{\"successResponse\": {\"data\": [\n  {\"reelNumber\": 1,\n   \"x\": tru}]}}") ==
          "3: JSON error: syntax error while parsing value - invalid literal; last read: '\"x\": tru}' (column 12)");
    CHECK(error_of("{\"successResponse\": {\"data\": []}}\n{}") ==
          "2: JSON error: syntax error while parsing value - unexpected '{'; expected end of input (column 1)");
    CHECK_THAT(error_of("{\"successResponse\": {\"data\": [\n"), Catch::StartsWith("2: JSON error: syntax error"));
    CHECK_THAT(error_of("{\"a\": \"\xff\"}"), Catch::StartsWith("1: JSON error: syntax error while parsing value - "
                                                                 "invalid string: ill-formed UTF-8 byte"));
    CHECK(error_of("") == "0: the file is empty; expected a JSON document");
    CHECK(error_of(std::string(300, '[') + std::string(300, ']')) ==
          "1: JSON nested deeper than 256 levels: not a USPTO response");
}

TEST_CASE("JSON of another shape is refused, naming what it holds and what patlap reads", "[uspto_json]") {
    CHECK_THAT(error_of(R"({"results": [], "total": 0, "a": 1, "b": 2, "c": 3, "d": 4, "e": 5})"),
               Catch::StartsWith("0: JSON, but not a USPTO response patlap reads: the document is an object with the "
                                 "keys \"results\", \"total\", \"a\", \"b\", \"c\", \"d\" and 1 more. patlap reads "
                                 "Assignment Center search responses"));
    CHECK_THAT(error_of("[]"), Catch::Contains("the document is an array."));
    CHECK_THAT(error_of("{}"), Catch::Contains("the document is an empty object."));
    CHECK_THAT(error_of("{\"patentBag\": {}}"), Catch::Contains("the document is an object with the key \"patentBag\"."));
}

TEST_CASE("the loader: JSON told by content, inventors as employer, short records counted", "[uspto_json][loader]") {
    Dataset data = load_transfers({center + "/ac_v2_search_patent_10000000.json",
                                   center + "/ac_v2_search_assignee_Google_conveyance_SECURITY.json",
                                   portal + "/odp_application_15000001_assignment.json"},
                                  LoadOptions());
    CHECK(data.load.records_read == 10);
    CHECK(data.load.records_short_of_properties == 5);
    REQUIRE(data.load.first_short_records.size() == 5);
    CHECK_THAT(data.load.first_short_records[0],
               Catch::EndsWith("ac_v2_search_assignee_Google_conveyance_SECURITY.json:1: record 33897/0744 lists 1 of "
                               "its 52 properties"));
    CHECK(data.load.short_inputs.empty());
    std::size_t employer = 0;
    for (const Transfer& t : data.transfers) employer += t.kind == TransferKind::employer;
    CHECK(employer == 10);  // Marron to Raytheon, and the nine Samsung inventors
    Dataset widex = load_transfers({center + "/ac_v2_search_assignee_exact_WIDEX_AS.json"}, LoadOptions());
    REQUIRE(widex.load.short_inputs.size() == 1);
    CHECK_THAT(widex.load.short_inputs[0], Catch::Contains("lists 318 of the 325 records"));
}

TEST_CASE("copies of a record that each list some of its properties are one record, not differing copies",
          "[uspto_json][loader]") {
    // Reel/frame 58293/0075 lists 1 of its 29 properties in each of two searches, a different one in each.
    Dataset data = load_transfers({center + "/ac_v2_search_reelframe_58293-75.json",
                                   center + "/ac_v2_search_application_16136935.json"},
                                  LoadOptions());
    CHECK(data.differing_record_copies.empty());
    DealId deal = data.deals.find("58293/0075");
    REQUIRE(deal != StringPool::npos);
    std::size_t rows = 0;
    for (const Transfer& t : data.transfers) rows += t.deal == deal;
    CHECK(rows == 2);  // both listed properties
    // Copies that say nothing of their property count and differ in their properties are still told apart.
    TempDir dir;
    auto response = [&](const std::string& name, const std::string& number) {
        return dir.write(name, center_response({fmt::format(
                                   R"("reelNumber": 5, "frameNumber": 6, "conveyance": "ASSIGNMENT", "assignors": [{{"assignorName": "ACME INC", "executionDate": "01/02/2020"}}], "assignees": ["BETA LLC"], "properties": [{{"patentNumber": "{}"}}])",
                                   number)}));
    };
    Dataset differing = load_transfers({response("a.json", "9000000"), response("b.json", "9000001")}, LoadOptions());
    CHECK(differing.differing_record_copies.size() == 1);
}
