// The USPTO XML read in pieces on several threads gives what one parser gives: the same records, lines and first
// error, down to tiny blocks.
#include "base/errors.h"
#include "input/uspto/uspto_xml_reader.h"
#include "temp_file.h"

#include <fmt/format.h>
#include <sys/stat.h>
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <thread>

using namespace patlap;

namespace {

std::string fixture(const std::string& name) { return std::string(PATLAP_FIXTURES) + "/uspto/" + name; }

std::string file_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string describe(const AssignmentRecord& r) {
    std::string out = fmt::format("{}:{}/{} {} [{}] {}", r.line, r.reel, r.frame, r.recorded, r.conveyance, r.problem);
    for (const auto& p : r.assignors) out += fmt::format(" <{} {}>", p.name, p.date);
    for (const auto& p : r.assignees) out += fmt::format(" >{}", p.name);
    for (const auto& p : r.properties)
        out += fmt::format(" #{},{},{},{}", p.grant, p.application, p.publication, p.country);
    return out;
}

// Every record as text, then the error, if any.
std::vector<std::string> read_all(UsptoXmlReader& reader) {
    std::vector<std::string> out;
    AssignmentRecord record;
    try {
        while (reader.next(record)) out.push_back(describe(record));
        if (reader.next(record)) out.push_back("a record after the end");
    } catch (const InputError& e) {
        out.push_back(std::string("error: ") + e.what());
    }
    return out;
}

// The same records and error. One parser hands out no record of a 1 MiB chunk in which it finds an error, the
// pieces those of the pieces before the one with the error: before an error (which ends the load) the pieces
// may have handed out more records, each the one parser's.
void check_same(const std::vector<std::string>& got, const std::vector<std::string>& expected) {
    const bool error = !expected.empty() && expected.back().rfind("error: ", 0) == 0;
    if (!error) {
        CHECK(got == expected);
        return;
    }
    REQUIRE_FALSE(got.empty());
    CHECK(got.back() == expected.back());
    CHECK(got.size() >= expected.size());
    for (std::size_t i = 0; i + 1 < expected.size(); ++i) CHECK(got[i] == expected[i]);
}

// Reads `path` with one parser and in pieces of each block size; returns whether some reading stayed in pieces.
bool same_as_one_parser(const std::string& path) {
    UsptoXmlReader one(path);
    const std::vector<std::string> expected = read_all(one);
    bool in_pieces = false;
    for (std::size_t block : {1, 2, 3, 7, 50, 333, 1000, 4096, 100000}) {
        UsptoXmlReader pieces(path, 2, block);
        INFO("block " << block);
        check_same(read_all(pieces), expected);
        in_pieces = in_pieces || pieces.read_in_pieces();
    }
    UsptoXmlReader four(path, 4, 500);
    check_same(read_all(four), expected);
    return in_pieces;
}

std::string record(int i, std::string_view extra = "") {
    return fmt::format(
        "<patent-assignment>\n<assignment-record><reel-no>{}</reel-no><frame-no>{}</frame-no>"
        "<recorded-date><date>2015123{}</date></recorded-date><conveyance-text>ASSIGNMENT OF "
        "ASSIGNORS INTEREST &amp; more{}</conveyance-text></assignment-record>\n"
        "<patent-assignors><patent-assignor><name>A{}</name></patent-assignor></patent-assignors>\n"
        "<patent-assignees><patent-assignee><name>B{}</name></patent-assignee></patent-assignees>\n"
        "<patent-properties><patent-property><document-id><country>US</country><doc-number>{}"
        "</doc-number><kind>B2</kind></document-id></patent-property></patent-properties>\n"
        "</patent-assignment>\n",
        1000 + i, i, i % 10, extra, i, i, 7000000 + i);
}

std::string bulk(std::string_view records) {
    return fmt::format(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE us-patent-assignments [\n"
        "<!ELEMENT name (#PCDATA)>\n]>\n<us-patent-assignments dtd-version=\"1.0\">\n"
        "<action-key-code>DA</action-key-code>\n<patent-assignments>\n{}</patent-assignments>\n"
        "</us-patent-assignments>\n",
        records);
}

std::string records(int count) {
    std::string out;
    for (int i = 0; i < count; ++i) out += record(i);
    return out;
}

}  // namespace

TEST_CASE("the real daily file in pieces: same records as one parser", "[xml_parallel]") {
    CHECK(same_as_one_parser(fixture("ad20160101.xml")));
}

TEST_CASE("the search service's files: one parser, same records", "[xml_parallel]") {
    for (const char* name : {"search/fixture_assignment_2.xml", "search/lookup_patent_8789601_rows100.xml"}) {
        INFO(name);
        CHECK_FALSE(same_as_one_parser(fixture(name)));
    }
}

TEST_CASE("generated bulk XML in pieces, plain and gzipped, with CRLF", "[xml_parallel]") {
    TempDir dir;
    std::string text = bulk(records(200));
    CHECK(same_as_one_parser(dir.write("a.xml", text)));
    CHECK(same_as_one_parser(dir.write_gzip("a.xml.gz", text)));
    std::string crlf;
    for (char c : text) {
        if (c == '\n') crlf += '\r';
        crlf += c;
    }
    CHECK(same_as_one_parser(dir.write("crlf.xml", crlf)));
}

TEST_CASE("malformed XML in pieces: the same first error and line", "[xml_parallel]") {
    TempDir dir;
    const std::string good = bulk(records(60));
    std::vector<std::string> bad = {
        good.substr(0, good.size() / 2),                                     // truncated
        good.substr(0, good.size() - 30),                                    // truncated near the end
        bulk(records(30) + record(30, "</b>") + records(20)),                // mismatched tag
        bulk(records(30) + record(30, "&nosuch;") + records(20)),            // undefined entity
        bulk(records(30) + "<!-- <patent-assignment> -->\n" + records(20)),  // a tag in a comment
        bulk(records(30) + "<x><![CDATA[<patent-assignment>]]></x>\n" + records(20)),
        bulk(records(30) + "<?pi <patent-assignment ?>\n" + records(20)),
        bulk(records(30) + "<patent-assignment><patent-assignment>" + records(20)),  // nested
        bulk(records(30) + "<patent-assignment>" + records(20)),                     // unclosed
        bulk(records(30) + "\r" + records(20)),                                      // a lone carriage return
        bulk(records(30)) + "<junk/>",                                               // junk after the root
        good + good,
    };
    bad.push_back("<!DOCTYPE us-patent-assignments [<!ENTITY e \"x\">]>" + good.substr(good.find("<us-patent")));
    for (std::size_t i = 0; i < bad.size(); ++i) {
        INFO("input " << i);
        same_as_one_parser(dir.write(fmt::format("bad{}.xml", i), bad[i]));
    }
}

TEST_CASE("an XML error before a corrupt gzip end is the error, as with one parser", "[xml_parallel]") {
    TempDir dir;
    std::string path = dir.write_gzip("a.xml.gz", bulk(records(30) + record(30, "</b>") + records(2500)));
    std::string gz = file_text(path);
    for (std::size_t i = gz.size() - 8; i < gz.size(); ++i) gz[i] = char(~gz[i]);  // the CRC and size
    path = dir.write("corrupt.xml.gz", gz);
    UsptoXmlReader one(path);
    std::vector<std::string> expected = read_all(one);
    REQUIRE(expected.back().find("mismatch") != std::string::npos);
    UsptoXmlReader pieces(path, 2, 1 << 20);
    check_same(read_all(pieces), expected);
}

TEST_CASE("--threads 1 and standard input are one parser", "[xml_parallel]") {
    TempDir dir;
    std::string path = dir.write("a.xml", bulk(records(50)));
    UsptoXmlReader one(path, 1, 10);
    read_all(one);
    CHECK_FALSE(one.read_in_pieces());
}

TEST_CASE("a pipe, which cannot be read again, is one parser", "[xml_parallel]") {
    TempDir dir;
    const std::string text = bulk(records(200));
    const std::string path = dir.write("a.xml", text);
    UsptoXmlReader one(path);
    const std::vector<std::string> expected = read_all(one);
    const std::string fifo = (dir.path() / "fifo.xml").string();
    REQUIRE(mkfifo(fifo.c_str(), 0600) == 0);
    std::thread writer([&] {
        std::ofstream out(fifo, std::ios::binary);
        out << text;
    });
    UsptoXmlReader piped(fifo, 2, 100);
    CHECK(read_all(piped) == expected);
    CHECK_FALSE(piped.read_in_pieces());
    writer.join();
}
