#include "base/errors.h"
#include "input/transfer_loader.h"
#include "input/zip_archive.h"
#include "temp_file.h"
#include "zip_file.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace patlap;

namespace {

const std::string fixtures = PATLAP_FIXTURES;

std::string file_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string read_all(ByteSource& source) {
    std::string out;
    char buffer[1000];
    while (std::size_t n = source.read(buffer, sizeof buffer)) out.append(buffer, n);
    return out;
}

// The error loading `paths` gives, as "FILE:LINE: message" (or "FILE: message").
std::string load_error(const std::vector<std::string>& paths) {
    try {
        load_transfers(paths, LoadOptions());
    } catch (const InputError& e) {
        return e.what();
    }
    return "no error";
}

}  // namespace

TEST_CASE("a zip archive's members come in order, named ARCHIVE!MEMBER, directories passed over", "[zip]") {
    TempDir dir;
    std::string big(300000, 'x');
    for (std::size_t i = 0; i < big.size(); i += 97) big[i] = char('a' + i % 26);
    for (bool deflate : {true, false}) {
        std::string path = dir.write("a.zip", zip_of({{"csv/", ""}, {"csv/one.txt", "first"}, {"two.txt", big}}, deflate));
        ZipArchive zip(std::make_unique<ByteSource>(path));
        auto first = zip.next_member();
        REQUIRE(first);
        CHECK(first->name() == path + "!csv/one.txt");
        CHECK(read_all(*first) == "first");
        CHECK(first->data_read() == 5);
        auto second = zip.next_member();
        REQUIRE(second);
        CHECK(second->name() == path + "!two.txt");
        CHECK(second->peek(4) == big.substr(0, 4));
        CHECK(read_all(*second) == big);
        CHECK_FALSE(zip.next_member());
        CHECK_FALSE(zip.next_member());
        CHECK(zip.members() == 2);
    }
}

TEST_CASE("a member not read to its end is passed over when the next is asked for", "[zip]") {
    TempDir dir;
    std::string path = dir.write("a.zip", zip_of({{"one", std::string(100000, 'a')}, {"two", "b"}}));
    ZipArchive zip(std::make_unique<ByteSource>(path));
    auto one = zip.next_member();
    char buffer[10];
    CHECK(one->read(buffer, sizeof buffer) == 10);
    auto two = zip.next_member();
    REQUIRE(two);
    CHECK(read_all(*two) == "b");
}

TEST_CASE("a gzipped zip archive is read through both", "[zip]") {
    TempDir dir;
    std::string path = dir.write_gzip("a.zip.gz", zip_of({{"one.txt", "hello"}}));
    auto source = std::make_unique<ByteSource>(path);
    CHECK(is_zip_archive(source->peek(4)));
    ZipArchive zip(std::move(source));
    auto member = zip.next_member();
    REQUIRE(member);
    CHECK(read_all(*member) == "hello");
}

TEST_CASE("a cut, damaged or empty archive is an error naming the archive or the member", "[zip]") {
    TempDir dir;
    std::string text(200000, ' ');
    for (std::size_t i = 0; i < text.size(); ++i) text[i] = char('a' + (i * 7919) % 26);
    std::string zip = zip_of({{"one.txt", text}, {"two.txt", "second"}});
    auto error_of = [&](const std::string& name, const std::string& bytes) {
        std::string path = dir.write(name, bytes);
        try {
            ZipArchive archive(std::make_unique<ByteSource>(path));
            while (auto member = archive.next_member()) read_all(*member);
        } catch (const InputError& e) {
            return std::string(e.what()).substr(dir.path().string().size() + 1);
        }
        return std::string("no error");
    };
    CHECK_THAT(error_of("cut.zip", zip.substr(0, zip.size() / 2)),
               Catch::StartsWith("cut.zip!one.txt: cannot read this member of the zip archive"));
    std::string damaged = zip;
    damaged[damaged.size() / 3] ^= 0x55;
    CHECK_THAT(error_of("damaged.zip", damaged), Catch::StartsWith("damaged.zip!one.txt: cannot read this member"));
    std::size_t second = zip.find("PK\x03\x04", 4);
    REQUIRE(second != std::string::npos);
    // (libarchive's writer puts each member's sizes after its data, so the cut is found as that record's.)
    CHECK_THAT(error_of("between.zip", zip.substr(0, second)),
               Catch::StartsWith("between.zip") && Catch::Contains("cut short"));
    CHECK(error_of("empty.zip", zip_of({})) == "empty.zip: the zip archive holds no file");
    CHECK(error_of("dirs.zip", zip_of({{"a/", ""}, {"a/b/", ""}})) == "dirs.zip: the zip archive holds no file");
    CHECK_THAT(error_of("junk.zip", std::string("PK\x03\x04", 4) + std::string(40, '\x01')),
               Catch::StartsWith("junk.zip: not a readable zip archive"));
}

TEST_CASE("the loader reads a zip of the daily file as the file itself", "[zip][loader]") {
    TempDir dir;
    std::string xml = file_text(fixtures + "/uspto/ad20160101.xml");
    Dataset plain = load_transfers({fixtures + "/uspto/ad20160101.xml"}, LoadOptions());
    Dataset zipped = load_transfers({dir.write("ad20160101.zip", zip_of({{"ad20160101.xml", xml}}))}, LoadOptions());
    CHECK(zipped.load.records_read == 199);
    CHECK(zipped.transfers.size() == plain.transfers.size());
    CHECK(zipped.deals.size() == plain.deals.size());
    CHECK(zipped.load.bytes_read == xml.size());
    REQUIRE(zipped.files.size() == 1);
    CHECK(zipped.files[0] == dir.path().string() + "/ad20160101.zip!ad20160101.xml");
}

TEST_CASE("the PAD's tables in a zip, at the top or in a folder, are one PAD input", "[zip][loader]") {
    TempDir dir;
    Dataset folder = load_transfers({fixtures + "/pad/ad20160101"}, LoadOptions());
    std::vector<std::pair<std::string, std::string>> top, inside{{"csv/", ""}};
    for (const char* table : {"assignment", "assignor", "assignee", "documentid", "assignment_conveyance"}) {
        std::string text = file_text(fixtures + "/pad/ad20160101/" + table + ".csv");
        top.push_back({std::string(table) + ".csv", text});
        inside.push_back({std::string("csv/") + table + ".csv", text});
    }
    for (const auto& members : {top, inside}) {
        Dataset zipped = load_transfers({dir.write("csv.zip", zip_of(members))}, LoadOptions());
        CHECK(zipped.load.records_read == folder.load.records_read);
        CHECK(zipped.transfers.size() == folder.transfers.size());
        CHECK(zipped.load.bytes_read == folder.load.bytes_read);
    }
}

TEST_CASE("a member of no kind patlap reads, and a zip in a zip, are errors naming the member", "[zip][loader]") {
    TempDir dir;
    std::string xml = file_text(fixtures + "/uspto/ad20160101.xml");
    std::string path = dir.write("a.zip", zip_of({{"ad20160101.xml", xml}, {"readme.txt", "About these files\n"}}));
    CHECK_THAT(load_error({path}), Catch::StartsWith(path + "!readme.txt: this member of the zip archive is of no kind"));
    std::string nested = dir.write("b.zip", zip_of({{"inner.zip", zip_of({{"x.xml", xml}})}}));
    CHECK_THAT(load_error({nested}), Catch::StartsWith(nested + "!inner.zip: a zip archive inside a zip archive"));
    std::string csv = dir.write("c.zip", zip_of({{"t.csv", "deal,date,kind,from,to,patent\nD1,2020-01-01,assignment,A,B,US1\n"}}));
    CHECK(load_transfers({csv}, LoadOptions()).transfers.size() == 1);
}

TEST_CASE("an error inside a member names FILE!MEMBER:LINE", "[zip][loader]") {
    TempDir dir;
    std::string xml = file_text(fixtures + "/uspto/ad20160101.xml").substr(0, 5000);
    std::string path = dir.write("a.zip", zip_of({{"ad.xml", xml}}));
    CHECK_THAT(load_error({path}), Catch::StartsWith(path + "!ad.xml:126: XML error"));
    std::string csv = dir.write("b.zip", zip_of({{"t.csv", "deal,date,kind,from,to,patent\nD1,2020-13-01,assignment,A,B,US1\n"}}));
    CHECK_THAT(load_error({csv}), Catch::StartsWith(csv + "!t.csv:2: "));
}
