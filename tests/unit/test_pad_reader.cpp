#include "daily_file_record.h"
#include "base/errors.h"
#include "input/uspto/assignment_rows.h"
#include "input/uspto/pad_reader.h"
#include "temp_file.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <map>
#include <sstream>

using namespace patlap;

namespace {

const std::string pad_fixtures = std::string(PATLAP_FIXTURES) + "/pad";
const std::string derived = pad_fixtures + "/ad20160101";
const std::string dirty = pad_fixtures + "/dirty";

std::vector<AssignmentRecord> read_all(const std::vector<std::string>& paths) {
    PadReader reader(paths);
    std::vector<AssignmentRecord> records;
    AssignmentRecord record;
    while (reader.next(record)) records.push_back(record);
    return records;
}

// Everything a record says but the file it came from, on one line (for comparing and for readable failures).
std::string describe(const AssignmentRecord& r) {
    std::string out = fmt::format("{}/{} {} [{}] kind={} line={}", r.reel, r.frame, r.recorded, r.conveyance,
                                  r.kind ? kind_name(*r.kind) : "-", r.line);
    for (const auto& p : r.assignors) out += fmt::format(" from({},{})", p.name, p.date);
    for (const auto& p : r.assignees) out += fmt::format(" to({},{})", p.name, p.date);
    for (const auto& p : r.properties)
        out += fmt::format(" prop({},{},{},{})", p.grant, p.application, p.publication, p.country);
    if (!r.problem.empty()) out += " problem: " + r.problem;
    return out;
}

std::vector<std::string> describe_all(const std::vector<AssignmentRecord>& records) {
    std::vector<std::string> out;
    for (const auto& r : records) out.push_back(describe(r));
    return out;
}

std::string file_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string base_name(const std::string& path) { return std::filesystem::path(path).filename().string(); }

// Small tables with only the columns the reader uses, written into a temporary folder.
struct MiniPad {
    TempDir dir;
    std::string assignment = "rf_id,reel_no,frame_no,convey_text,record_dt\n1,100,5,ASSIGNMENT,2020-01-02\n";
    std::string assignor = "rf_id,or_name,exec_dt\n1,\"DOE, JANE\",2019-12-01\n";
    std::string assignee = "rf_id,ee_name\n1,ACME INC.\n";
    std::string documentid = "rf_id,appno_doc_num,grant_doc_num,grant_country\n1,16000001,10000001,US\n";
    std::string conveyance;  // none unless set

    std::vector<std::string> write() const {
        dir.write("assignment.csv", assignment);
        dir.write("assignor.csv", assignor);
        dir.write("assignee.csv", assignee);
        dir.write("documentid.csv", documentid);
        if (!conveyance.empty()) dir.write("assignment_conveyance.csv", conveyance);
        return {dir.path().string()};
    }
    std::vector<AssignmentRecord> read() const { return read_all(write()); }

    // Leaves the tables with their headers only.
    void headers_only() {
        assignment = "rf_id,reel_no,frame_no,convey_text,record_dt\n";
        assignor = "rf_id,or_name,exec_dt\n";
        assignee = "rf_id,ee_name\n";
        documentid = "rf_id,grant_doc_num\n";
    }
    // Adds record `rf_id` (reel 1, frame rf_id) with an assignor, an assignee and a grant.
    void add(int rf_id, std::string_view record_dt, std::string_view exec_dt) {
        assignment += fmt::format("{},1,{},X,\"{}\"\n", rf_id, rf_id, record_dt);
        assignor += fmt::format("{},A,{}\n", rf_id, exec_dt);
        assignee += fmt::format("{},B\n", rf_id);
        documentid += fmt::format("{},{}\n", rf_id, rf_id);
    }
};

}  // namespace

TEST_CASE("pad_table_of recognises a PAD table by its header columns", "[pad]") {
    using V = std::vector<std::string_view>;
    CHECK(pad_table_of(V{"rf_id", "file_id", "cname", "reel_no", "frame_no", "convey_text"}) == PadTable::assignment);
    CHECK(pad_table_of(V{"FRAME_NO", " Reel_No ", "RF_ID"}) == PadTable::assignment);
    CHECK(pad_table_of(V{"rf_id", "or_name", "exec_dt", "ack_dt"}) == PadTable::assignor);
    CHECK(pad_table_of(V{"ee_name", "rf_id", "extra"}) == PadTable::assignee);
    CHECK(pad_table_of(V{"rf_id", "title", "appno_doc_num"}) == PadTable::documentid);
    CHECK(pad_table_of(V{"rf_id", "grant_doc_num"}) == PadTable::documentid);
    CHECK(pad_table_of(V{"rf_id", "convey_ty", "employer_assign"}) == PadTable::assignment_conveyance);
    CHECK(pad_table_of(V{"rf_id", "appno_doc_num", "grant_doc_num", "admin_appl_id_for_grant",
                         "admin_pat_no_for_appno", "error"}) == PadTable::documentid_admin);
    CHECK_FALSE(pad_table_of(V{"reel_no", "frame_no", "or_name"}));          // no rf_id
    CHECK_FALSE(pad_table_of(V{"rf_id", "reel_no"}));                          // frame_no too
    CHECK_FALSE(pad_table_of(V{"rf_id", "or_name", "ee_name"}));               // two tables at once
    CHECK_FALSE(pad_table_of(V{"deal", "date", "kind", "from", "to", "patent"}));  // a transfer CSV
    CHECK(pad_table_name(PadTable::assignment_conveyance) == "assignment_conveyance");
}

TEST_CASE("the PAD tables derived from a daily XML file join into its 199 records", "[pad]") {
    auto records = read_all({derived});
    REQUIRE(records.size() == 199);
    std::size_t assignors = 0, properties = 0, problems = 0;
    std::map<std::string_view, int> kinds;
    for (const auto& r : records) {
        assignors += r.assignors.size();
        properties += r.properties.size();
        problems += !r.problem.empty();
        REQUIRE(r.kind);
        ++kinds[kind_name(*r.kind)];
        CHECK(base_name(r.file) == "assignment.csv");
    }
    CHECK(assignors == 421);
    CHECK(properties == 578);
    CHECK(problems == 0);
    // rf_ids were given in XML order, so the records come out in file order.
    for (std::size_t i = 0; i < records.size(); ++i) CHECK(records[i].line == i + 2);
    // convey_ty: 140 + 2 (nunc pro tunc) assignments, of which the ones by people are employer assignments
    CHECK(kinds["assignment"] + kinds["employer"] == 142);
    CHECK(kinds["merger"] == 35);
    CHECK(kinds["security"] == 13);
    CHECK(kinds["release"] == 7);
    CHECK(kinds["license"] == 1);
    CHECK(kinds["name-change"] == 1);

    // The first record of ad20160101.xml, field by field.
    const AssignmentRecord& r = records[0];
    check_first_daily_record(r);
    CHECK(r.kind == TransferKind::assignment);
    CHECK(r.by_inventors == true);  // an assignment by its inventors: employer_assign 1
    CHECK(r.line == 2);
}

// The name rule that tells inventors from companies where a source says nothing, measured against the PAD's own
// employer_assign on the same day's assignments.
TEST_CASE("the rule for assignments by people agrees with employer_assign on the derived tables", "[pad]") {
    int agree = 0, differ = 0;
    for (const AssignmentRecord& r : read_all({derived})) {
        if (r.kind != TransferKind::assignment || !r.by_inventors) continue;
        INFO(describe(r));
        CHECK(assignors_are_people(r) == *r.by_inventors);
        ++(assignors_are_people(r) == *r.by_inventors ? agree : differ);
    }
    CHECK(agree == 142);
    CHECK(differ == 0);
}

TEST_CASE("tables given as separate files, in any order and gzipped, read as their directory", "[pad]") {
    auto expected = describe_all(read_all({derived}));
    auto table = [](const char* name) { return derived + "/" + name; };
    auto shuffled = read_all({table("documentid.csv"), table("assignment_conveyance.csv"), table("assignee.csv"),
                              table("assignor.csv"), table("assignment.csv")});
    CHECK(describe_all(shuffled) == expected);
    CHECK(base_name(shuffled.at(0).file) == "assignment.csv");

    TempDir dir;
    std::string assignor_gz = dir.write_gzip("assignor.csv.gz", file_text(table("assignor.csv")));
    auto mixed = read_all({table("assignment.csv"), assignor_gz, table("assignee.csv"), table("documentid.csv"),
                           table("assignment_conveyance.csv")});
    CHECK(describe_all(mixed) == expected);

    // A directory's tables are found gzipped too.
    for (const char* name : {"assignment", "assignor", "assignee", "documentid", "assignment_conveyance"})
        dir.write_gzip(fmt::format("{}.csv.gz", name), file_text(table(fmt::format("{}.csv", name).c_str())));
    std::filesystem::create_directory(dir.path() / "all");
    for (const char* name : {"assignment", "assignor", "assignee", "documentid", "assignment_conveyance"})
        std::filesystem::rename(dir.path() / fmt::format("{}.csv.gz", name),
                                dir.path() / "all" / fmt::format("{}.csv.gz", name));
    PadReader gzipped({(dir.path() / "all").string()});
    std::vector<AssignmentRecord> records;
    AssignmentRecord record;
    while (gzipped.next(record)) records.push_back(record);
    CHECK(describe_all(records) == expected);
    CHECK(gzipped.bytes_read() == gzipped.total_bytes());
    CHECK(gzipped.total_bytes() > 0);
}

TEST_CASE("bytes_read counts the bytes of every table", "[pad]") {
    PadReader reader({derived});
    std::uint64_t total = 0;
    for (const char* name : {"assignment", "assignor", "assignee", "documentid", "assignment_conveyance"})
        total += std::filesystem::file_size(derived + "/" + name + ".csv");
    CHECK(reader.total_bytes() == total);
    CHECK(reader.bytes_read() == 0);
    AssignmentRecord record;
    REQUIRE(reader.next(record));
    CHECK(reader.bytes_read() == total);
    CHECK(base_name(reader.table_path(PadTable::assignee)) == "assignee.csv");
    CHECK(reader.table_path(PadTable::documentid_admin).empty());
}

TEST_CASE("dirty tables: each bad row is a problem record naming its file and line", "[pad]") {
    auto records = read_all({dirty});
    struct Expected {
        const char* file;
        std::uint64_t line;
        std::string problem;  // empty for a good record
    };
    const std::vector<Expected> expected = {
        // rows whose rf_id cannot be read come first
        {"assignor.csv", 4, "assignor row with rf_id \"12a\", which is not a whole number"},
        {"assignment.csv", 3, ""},  // rf_id 10
        {"assignment.csv", 5, "assignment row for rf_id 20 without reel_no"},
        {"assignment.csv", 4, ""},  // rf_id 30, written 30.0
        {"assignment.csv", 2, "rf_id 40 (reel/frame 40002/15) has no assignee: no usable row for it in assignee.csv"},
        {"assignment.csv", 6, ""},  // rf_id 50
        {"documentid.csv", 8, "documentid row for rf_id 77, which assignment.csv does not have"},
        {"assignor.csv", 6, "assignor row for rf_id 99, which assignment.csv does not have"},
    };
    REQUIRE(records.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        INFO(i << ": " << describe(records[i]));
        CHECK(base_name(records[i].file) == expected[i].file);
        CHECK(records[i].line == expected[i].line);
        CHECK(records[i].problem == expected[i].problem);
    }
}

TEST_CASE("dirty tables: the good records come out right", "[pad]") {
    auto records = read_all({dirty});
    REQUIRE(records.size() == 8);

    const AssignmentRecord& a = records[1];  // rf_id 10
    CHECK(a.reel == "40001");
    CHECK(a.frame == "7");
    CHECK(a.recorded == 0);  // NULL
    CHECK(a.kind == TransferKind::assignment);
    CHECK(a.by_inventors == true);  // employer_assign 1.0
    REQUIRE(a.assignors.size() == 3);  // in file order
    CHECK(a.assignors[0].name == "DOE, JANE");
    CHECK(a.assignors[0].date == 0);  // 0000-00-00
    CHECK(a.assignors[1].name == "ROE, RICHARD");
    CHECK(a.assignors[1].date == 0);  // 2019-02-30
    CHECK(a.assignors[2].name == "DOE, JOHN");
    CHECK(a.assignors[2].date == 20151103);  // with a time part
    REQUIRE(a.assignees.size() == 1);
    CHECK(a.assignees[0].name == "ACME 12\" DISK CORP");  // a stray quote inside an unquoted field
    REQUIRE(a.properties.size() == 2);
    CHECK(a.properties[0].application == "14000001");
    CHECK(a.properties[0].grant.empty());        // NULL
    CHECK(a.properties[0].publication.empty());  // NULL
    CHECK(a.properties[0].country == "US");      // appno_country; grant_country is NULL
    CHECK(a.properties[1].application == "14000002");  // written 14000002.0
    CHECK(a.properties[1].grant.empty());              // 0
    CHECK(a.properties[1].publication == "20150000002");

    const AssignmentRecord& b = records[3];  // rf_id 30: written 30.0, reel 40001.0, frame 23.0
    CHECK(b.reel == "40001");
    CHECK(b.frame == "23");
    CHECK(b.recorded == 20151230);  // 2015-12-30 00:00:00
    CHECK(b.kind == TransferKind::security);
    CHECK(b.conveyance == "SECURITY INTEREST (SEE DOCUMENT FOR DETAILS).");
    REQUIRE(b.assignors.size() == 1);
    CHECK(b.assignors[0].date == 20151201);
    REQUIRE(b.assignees.size() == 1);
    CHECK(b.assignees[0].name == "FIRST BANK, N.A., AS AGENT");
    REQUIRE(b.properties.size() == 1);
    CHECK(b.properties[0].grant == "9000003");

    const AssignmentRecord& c = records[5];  // rf_id 50, which has no assignment_conveyance row
    CHECK(c.reel == "40003");
    CHECK(c.recorded == 0);  // 0000-00-00
    CHECK_FALSE(c.kind);
    REQUIRE(c.assignors.size() == 1);
    CHECK(c.assignors[0].date == 0);  // a Stata date, 05aug2015
    CHECK(c.properties.at(0).grant == "6000006");

    // The problem records still carry what could be read.
    CHECK(records[4].reel == "40002");
    CHECK(records[4].kind == TransferKind::name_change);
    CHECK(records[4].assignors.size() == 1);
}

TEST_CASE("PAD date forms: YYYY-MM-DD with or without a time, YYYYMMDD; others are 0", "[pad]") {
    MiniPad pad;
    pad.headers_only();
    const char* dates[] = {"2015-12-30", "2015-12-30 00:00:00", "2015-12-30T13:45:00", "20151230", "20151230.0",
                           " 2015-12-30 ", "", "NULL", "null", "0000-00-00", "2019-02-30", "30dec2015", "12/30/2015",
                           "2015-12-3", "20376"};
    int rf_id = 0;
    for (const char* date : dates) pad.add(++rf_id, date, date);
    auto records = pad.read();
    REQUIRE(records.size() == std::size(dates));
    for (std::size_t i = 0; i < records.size(); ++i) {
        INFO(dates[i]);
        Date expected = i < 6 ? 20151230 : 0;
        CHECK(records[i].recorded == expected);
        CHECK(records[i].assignors.at(0).date == expected);
        CHECK(records[i].problem.empty());
    }
}

TEST_CASE("convey_ty gives the kind, for each of the PAD's ten values; employer_assign says who assigns", "[pad]") {
    MiniPad pad;
    pad.headers_only();
    pad.conveyance = "rf_id,employer_assign,convey_ty\n";
    struct Case {
        const char* row;  // convey_ty,employer_assign
        std::optional<TransferKind> kind;
        std::optional<bool> by_inventors;
    };
    const Case cases[] = {
        {"assignment,0", TransferKind::assignment, false}, {"assignment,1", TransferKind::assignment, true},
        {"employee,0", TransferKind::employer, false},     {"govern,0", TransferKind::license, false},
        {"merger,0", TransferKind::merger, false},         {"namechg,0", TransferKind::name_change, false},
        {"release,0", TransferKind::release, false},       {"security,1", TransferKind::security, true},
        {"correct,0", TransferKind::correction, false},    {"missing,0", TransferKind::other, false},
        {"other,0", TransferKind::other, false},           {"SECURITY,0", TransferKind::security, false},
        {"Employee,1.0", TransferKind::employer, true},    {"employer,0", TransferKind::employer, false},
        {"license,0", TransferKind::license, false},       {"NULL,0", std::nullopt, false},
        {",1", std::nullopt, true},                        {"assignment,", TransferKind::assignment, std::nullopt},
        {"assignment,NULL", TransferKind::assignment, std::nullopt},
    };
    int rf_id = 0;
    for (const auto& test : cases) {
        pad.add(++rf_id, "", "");
        std::string_view text(test.row);
        auto comma = text.find(',');
        pad.conveyance += fmt::format("{},{},{}\n", rf_id, text.substr(comma + 1), text.substr(0, comma));
    }
    auto records = pad.read();
    REQUIRE(records.size() == std::size(cases));
    for (std::size_t i = 0; i < records.size(); ++i) {
        INFO(cases[i].row);
        CHECK(records[i].kind == cases[i].kind);
        CHECK(records[i].by_inventors == cases[i].by_inventors);
        CHECK(records[i].problem.empty());
    }
}

TEST_CASE("an unknown convey_ty is a bad row, named with the PAD's values", "[pad]") {
    MiniPad pad;
    pad.headers_only();
    pad.conveyance = "rf_id,employer_assign,convey_ty\n";
    pad.add(1, "", "");
    pad.conveyance += "1,0,sale\n";
    auto records = pad.read();
    REQUIRE(records.size() == 2);  // the record, left to its conveyance text, then the conveyance row's problem
    CHECK(records[0].problem.empty());
    CHECK_FALSE(records[0].kind);
    CHECK(records[1].problem ==
          "unknown convey_ty for rf_id 1 (valid: assignment, employee, namechg, merger, govern, security, release, "
          "correct, other, missing)");
    CHECK(base_name(records[1].file) == "assignment_conveyance.csv");
    CHECK(records[1].line == 2);
}

TEST_CASE("without assignment_conveyance the kind is left to the conveyance text", "[pad]") {
    MiniPad pad;
    auto records = pad.read();
    REQUIRE(records.size() == 1);
    CHECK_FALSE(records[0].kind);
    CHECK(records[0].conveyance == "ASSIGNMENT");
    CHECK(records[0].recorded == 20200102);
    CHECK(records[0].properties.at(0).grant == "10000001");
    CHECK(records[0].properties.at(0).application == "16000001");
    CHECK(records[0].problem.empty());
}

TEST_CASE("rows that cannot be used become problem records; the rest of the record is kept", "[pad]") {
    MiniPad pad;
    pad.assignment += "1,101,6,DUPLICATE,2020-01-02\n"  // line 3: rf_id 1 again
                      "2,1x0,5,X,\n"                    // line 4: reel not a number
                      "3,100,\n"                        // line 5: too few fields
                      ",100,7,X,\n"                     // line 6: no rf_id
                      "4,100,8,X,\n";                   // line 7: no assignor, assignee or property
    pad.assignor += "1,NULL,2019-12-01\n"  // line 3: no name
                    "2,\"DOE, JOHN\",\n";
    pad.assignee += "2,ACME INC.\n";
    pad.documentid += "1,NULL,0,US\n"  // line 3: no number
                      "2,0,10000002,\n";
    pad.conveyance = "rf_id,convey_ty,employer_assign\n1,assignment,0\n1,merger,0\n";
    auto records = pad.read();
    std::vector<std::pair<std::string, std::uint64_t>> where;
    std::vector<std::string> problems;
    for (const auto& r : records) {
        where.emplace_back(base_name(r.file), r.line);
        problems.push_back(r.problem);
    }
    CHECK(where == std::vector<std::pair<std::string, std::uint64_t>>{
                       {"assignment.csv", 5},
                       {"assignment.csv", 6},
                       {"assignment.csv", 2},
                       {"assignment.csv", 3},
                       {"assignment_conveyance.csv", 3},
                       {"assignor.csv", 3},
                       {"documentid.csv", 3},
                       {"assignment.csv", 4},
                       {"assignment.csv", 7},
                   });
    CHECK(problems == std::vector<std::string>{
                          "assignment row with 3 fields where the header has 5",
                          "assignment row without an rf_id",
                          "",
                          "a second assignment row for rf_id 1 (the first is line 2)",
                          "a second assignment_conveyance row for rf_id 1 (the first is line 2)",
                          "assignor row for rf_id 1 without or_name",
                          "documentid row for rf_id 1 without a document number (grant_doc_num, appno_doc_num and "
                          "pgpub_doc_num are all empty)",
                          "assignment row for rf_id 2 with reel_no \"1x0\", which is not a number",
                          "rf_id 4 (reel/frame 100/8) has no assignor, no assignee, no property: no usable row for it "
                          "in assignor.csv, assignee.csv, documentid.csv",
                      });
    // The first rf_id 1 row makes the record; the bad rows of its rf_id are left out of it.
    const AssignmentRecord& first = records.at(2);
    CHECK(first.reel == "100");
    CHECK(first.kind == TransferKind::assignment);
    CHECK(first.assignors.size() == 1);
    CHECK(first.properties.size() == 1);
    // The record whose reel is bad still has its parties and properties.
    CHECK(records.at(7).assignees.at(0).name == "ACME INC.");
    CHECK(records.at(7).properties.at(0).grant == "10000002");
    CHECK(records.at(7).properties.at(0).application.empty());  // 0
    CHECK(records.at(7).properties.at(0).country == "US");      // no country written
}

TEST_CASE("a PAD input that is not whole is an error naming what is missing", "[pad]") {
    MiniPad pad;
    auto paths = pad.write();
    std::filesystem::remove(pad.dir.path() / "assignee.csv");
    try {
        PadReader reader(paths);
        FAIL("no error");
    } catch (const InputError& error) {
        CHECK(error.file() == paths[0]);
        CHECK(error.line() == 0);
        CHECK_THAT(error.message(), Catch::Contains("missing the Patent Assignment Dataset table(s) assignee"));
        CHECK_THAT(error.message(), Catch::Contains("assignor (" + paths[0] + "/assignor.csv)"));
    }

    // Two of the tables given as files: the others are missing, and the error names the paths given.
    auto assignment = (pad.dir.path() / "assignment.csv").string();
    auto documentid = (pad.dir.path() / "documentid.csv").string();
    try {
        PadReader reader({assignment, documentid});
        FAIL("no error");
    } catch (const InputError& error) {
        CHECK(error.file() == assignment + ", " + documentid);
        CHECK_THAT(error.message(), Catch::Contains("table(s) assignor, assignee:"));
    }
}

TEST_CASE("PAD input errors: no tables, not a table, a table twice, a misnamed table", "[pad]") {
    TempDir dir;
    std::filesystem::create_directory(dir.path() / "empty");
    dir.write("empty/notes.txt", "nothing here\n");
    CHECK_THROWS_WITH(PadReader({(dir.path() / "empty").string()}),
                      Catch::Contains("holding none of the Patent Assignment Dataset tables"));

    auto transfers = dir.write("transfers.csv", "deal,date,kind,from,to,patent\n1/2,2020-01-01,assignment,A,B,US1\n");
    try {
        PadReader reader({transfers});
        FAIL("no error");
    } catch (const InputError& error) {
        CHECK(error.file() == transfers);
        CHECK(error.line() == 1);
        CHECK_THAT(error.message(), Catch::StartsWith("not a Patent Assignment Dataset table: the header names "
                                                      "\"deal\", \"date\", \"kind\", \"from\", \"to\", \"patent\""));
    }
    CHECK_THROWS_WITH(PadReader({dir.write("blank.csv", "")}), Catch::Contains("empty file"));
    CHECK_THROWS_WITH(PadReader({(dir.path() / "absent.csv").string()}), Catch::Contains("cannot open"));

    MiniPad pad;
    auto paths = pad.write();
    auto again = dir.write("assignor_copy.csv", pad.assignor);
    CHECK_THROWS_WITH(PadReader({paths[0], again}),
                      Catch::Contains("a second assignor table (the first is " + paths[0] + "/assignor.csv)"));
    pad.dir.write("assignor.csv.gz", pad.assignor);  // the directory holds the table twice
    CHECK_THROWS_WITH(PadReader(paths), Catch::Contains("a second assignor table"));

    MiniPad misnamed;
    misnamed.assignee = misnamed.assignor;
    CHECK_THROWS_WITH(misnamed.read(), Catch::Contains("named as the assignee table, but its columns are those of the "
                                                       "assignor table"));

    MiniPad twice;
    twice.assignor = "rf_id,or_name,OR_NAME\n";
    CHECK_THROWS_WITH(twice.read(), Catch::Contains("column \"or_name\" appears twice (columns 2 and 3)"));
}

TEST_CASE("a documentid_admin table given as a file is passed over", "[pad]") {
    MiniPad pad;
    auto paths = pad.write();
    paths.push_back(pad.dir.write("documentid_admin.csv",
                                  "rf_id,appno_doc_num,grant_doc_num,admin_appl_id_for_grant,admin_pat_no_for_appno,"
                                  "error\n1,,4213621,,,missing appno_doc_num\n"));
    auto records = read_all(paths);
    REQUIRE(records.size() == 1);
    CHECK(records[0].properties.size() == 1);
}

TEST_CASE("an unterminated quote in a PAD table is an input error naming the file and line", "[pad]") {
    MiniPad pad;
    pad.assignee += "2,\"ACME\n3,B\n";
    auto paths = pad.write();
    PadReader reader(paths);
    AssignmentRecord record;
    try {
        reader.next(record);
        FAIL("no error");
    } catch (const InputError& error) {
        CHECK(base_name(error.file()) == "assignee.csv");
        CHECK(error.line() == 3);
        CHECK_THAT(error.message(), Catch::Contains("unterminated quoted field"));
    }
}

TEST_CASE("an rf_id beyond 32 bits is a problem row", "[pad]") {
    MiniPad pad;
    pad.assignor += "4294967296,\"DOE, JOHN\",\n4294967295,\"DOE, JILL\",\n";
    auto records = pad.read();
    REQUIRE(records.size() == 3);
    CHECK(records[0].problem ==
          "assignor row with rf_id 4294967296, which is larger than a PAD rf_id can be (4294967295)");
    CHECK(records[0].line == 3);
    CHECK(records[1].problem.empty());
    CHECK(records[2].problem == "assignor row for rf_id 4294967295, which assignment.csv does not have");
}

TEST_CASE("tables read one by one as they come (archive members) join as the tables named by path do", "[pad]") {
    std::vector<std::string> by_path = describe_all(read_all({dirty}));
    PadReader reader;
    // The order an archive might hold them in; bad rows still come in table order.
    for (const char* table : {"documentid", "assignee", "assignor", "assignment_conveyance", "assignment"})
        reader.read_table(std::make_unique<ByteSource>(dirty + "/" + table + ".csv"));
    reader.check_tables();
    std::vector<AssignmentRecord> records;
    AssignmentRecord record;
    while (reader.next(record)) records.push_back(record);
    CHECK(describe_all(records) == by_path);
    CHECK(reader.data_bytes() == std::filesystem::file_size(dirty + "/assignment.csv") +
                                     std::filesystem::file_size(dirty + "/assignor.csv") +
                                     std::filesystem::file_size(dirty + "/assignee.csv") +
                                     std::filesystem::file_size(dirty + "/documentid.csv") +
                                     std::filesystem::file_size(dirty + "/assignment_conveyance.csv"));
    PadReader partial;
    partial.read_table(std::make_unique<ByteSource>(dirty + "/assignor.csv"));
    CHECK_THROWS_WITH(partial.check_tables(), Catch::Contains("missing the Patent Assignment Dataset table(s) "
                                                              "assignment, assignee, documentid"));
}

namespace {

// The records of `paths` read with `threads` threads, described; or the error read instead, as "FILE:LINE: what".
std::vector<std::string> read_with_threads(const std::vector<std::string>& paths, unsigned threads) {
    PadReader reader;
    reader.set_threads(threads);
    reader.add_paths(paths);
    reader.check_tables();
    std::vector<std::string> out;
    AssignmentRecord record;
    try {
        while (reader.next(record)) out.push_back(describe(record));
    } catch (const InputError& error) {
        out.push_back(fmt::format("{}:{}: {}", base_name(error.file()), error.line(), error.message()));
    }
    return out;
}

}  // namespace

TEST_CASE("documentid read on a second thread: the same records, bad rows and first error as one thread", "[pad]") {
    SECTION("the tables derived from a daily file") {
        auto one = read_with_threads({derived}, 1);
        CHECK(one.size() == 199);
        CHECK(read_with_threads({derived}, 2) == one);
    }
    SECTION("dirty tables, bad rows in several") {
        auto one = read_with_threads({dirty}, 1);
        CHECK(read_with_threads({dirty}, 2) == one);
    }
    SECTION("errors in documentid and in a table read before it: the earlier table's, as in turn") {
        MiniPad pad;
        pad.assignee += "2,\"ACME\n";
        pad.documentid += "2,\"16000002\n";
        auto paths = pad.write();
        auto one = read_with_threads(paths, 1);
        REQUIRE(one.size() == 1);
        CHECK_THAT(one[0], Catch::StartsWith("assignee.csv:3: "));
        CHECK(read_with_threads(paths, 2) == one);
    }
    SECTION("errors in documentid and in a table read after it: documentid's, as in turn") {
        MiniPad pad;
        pad.documentid += "2,\"16000002\n";
        pad.conveyance = "rf_id,convey_ty,employer_assign\n1,assignment,0\n2,\"assignment,0\n";
        auto paths = pad.write();
        auto one = read_with_threads(paths, 1);
        REQUIRE(one.size() == 1);
        CHECK_THAT(one[0], Catch::StartsWith("documentid.csv:3: "));
        CHECK(read_with_threads(paths, 2) == one);
    }
}
