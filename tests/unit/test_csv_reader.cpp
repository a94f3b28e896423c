#include "input/byte_source.h"
#include "input/csv/csv_reader.h"
#include "base/errors.h"
#include "temp_file.h"

#include <catch2/catch.hpp>
#include <fcntl.h>

using namespace patlap;

namespace {

struct Parsed {
    std::vector<std::vector<std::string>> records;
    std::vector<std::uint64_t> lines;
    std::vector<std::string> texts;
};

Parsed parse_file(const std::string& path, char delimiter = ',') {
    ByteSource source(path);
    CsvReader reader(source, delimiter);
    CsvRecord record;
    Parsed parsed;
    while (reader.next(record)) {
        parsed.records.emplace_back(record.fields.begin(), record.fields.end());
        parsed.lines.push_back(record.line);
        parsed.texts.emplace_back(record.text);
    }
    return parsed;
}

Parsed parse(std::string_view text, char delimiter = ',') {
    TempDir dir;
    return parse_file(dir.write("in.csv", text), delimiter);
}

using Rows = std::vector<std::vector<std::string>>;

}  // namespace

TEST_CASE("plain fields, LF and CRLF line ends", "[csv]") {
    CHECK(parse("a,b,c\n1,2,3\n").records == Rows{{"a", "b", "c"}, {"1", "2", "3"}});
    CHECK(parse("a,b,c\r\n1,2,3\r\n").records == Rows{{"a", "b", "c"}, {"1", "2", "3"}});
    CHECK(parse("a,b\n1,2").records == Rows{{"a", "b"}, {"1", "2"}});  // no final line end
    CHECK(parse("a,,\n").records == Rows{{"a", "", ""}});
}

TEST_CASE("a lone CR ends a line too", "[csv]") {
    auto parsed = parse("a,b\r1,2\r3,4");
    CHECK(parsed.records == Rows{{"a", "b"}, {"1", "2"}, {"3", "4"}});
    CHECK(parsed.lines == std::vector<std::uint64_t>{1, 2, 3});
}

TEST_CASE("quoted fields hold delimiters, doubled quotes and line breaks", "[csv]") {
    auto parsed = parse("name,n\n\"Acme, Inc.\",1\n\"say \"\"hi\"\"\",2\n\"two\nlines\",3\n\"\",4\nlast,5\n");
    CHECK(parsed.records ==
          Rows{{"name", "n"}, {"Acme, Inc.", "1"}, {"say \"hi\"", "2"}, {"two\nlines", "3"}, {"", "4"}, {"last", "5"}});
    CHECK(parsed.lines == std::vector<std::uint64_t>{1, 2, 3, 4, 6, 7});
    CHECK(parsed.texts == std::vector<std::string>{"name,n\n", "\"Acme, Inc.\",1\n", "\"say \"\"hi\"\"\",2\n",
                                                   "\"two\nlines\",3\n", "\"\",4\n", "last,5\n"});
}

TEST_CASE("CRLF inside a quoted field counts as one line", "[csv]") {
    auto parsed = parse("a\r\n\"x\r\ny\"\r\nz\r\n");
    CHECK(parsed.records == Rows{{"a"}, {"x\r\ny"}, {"z"}});
    CHECK(parsed.lines == std::vector<std::uint64_t>{1, 2, 4});
    CHECK(parsed.texts == std::vector<std::string>{"a\r\n", "\"x\r\ny\"\r\n", "z\r\n"});
}

TEST_CASE("a quote inside an unquoted field is kept as it is", "[csv]") {
    CHECK(parse("a,b\n12\" disk,2\n").records == Rows{{"a", "b"}, {"12\" disk", "2"}});
}

TEST_CASE("a UTF-8 byte-order mark is skipped and blank lines are passed over", "[csv]") {
    auto parsed = parse("\xEF\xBB\xBF" "deal,x\n\n1,2\n\n");
    CHECK(parsed.records == Rows{{"deal", "x"}, {"1", "2"}});
    CHECK(parsed.lines == std::vector<std::uint64_t>{1, 3});
}

TEST_CASE("tab-separated input", "[csv]") {
    CHECK(parse("a\tb\n\"x\ty\"\t2\n", '\t').records == Rows{{"a", "b"}, {"x\ty", "2"}});
}

TEST_CASE("gzip input is read transparently", "[csv]") {
    TempDir dir;
    auto path = dir.write_gzip("in.csv.gz", "a,b\n\"1,5\",2\n");
    CHECK(parse_file(path).records == Rows{{"a", "b"}, {"1,5", "2"}});
}

TEST_CASE("standard input is read with -", "[csv]") {
    TempDir dir;
    auto path = dir.write("stdin.csv", "a,b\n1,2\n");
    int saved = dup(STDIN_FILENO);
    int fd = open(path.c_str(), O_RDONLY);
    dup2(fd, STDIN_FILENO);
    close(fd);
    Parsed parsed = parse_file("-");
    dup2(saved, STDIN_FILENO);
    close(saved);
    CHECK(parsed.records == Rows{{"a", "b"}, {"1", "2"}});
}

TEST_CASE("records longer than a read buffer cross chunk boundaries intact", "[csv]") {
    std::string big(3'000'000, 'x');
    std::string text = "a,b\n\"" + big + "\",1\n" + big + ",2\n";
    auto parsed = parse(text);
    REQUIRE(parsed.records.size() == 3);
    CHECK(parsed.records[1][0] == big);
    CHECK(parsed.records[2][0] == big);
    CHECK(parsed.records[2][1] == "2");
}

TEST_CASE("malformed CSV is reported with its line", "[csv]") {
    auto error_of = [](std::string_view text) -> std::string {
        try {
            parse(text);
        } catch (const InputError& e) {
            return std::to_string(e.line()) + ": " + e.message();
        }
        return "no error";
    };
    CHECK_THAT(error_of("a,b\n1,2\n\"open,3\n4,5\n"), Catch::StartsWith("3: unterminated quoted field"));
    CHECK_THAT(error_of("a,b\n\"x\"y,2\n"), Catch::StartsWith("2: unexpected character 'y' after a closing quote"));
    CHECK_THAT(error_of(std::string("a,b\n1,\0\n", 8)), Catch::StartsWith("2: NUL byte"));
}

TEST_CASE("missing files and folders are input errors", "[csv]") {
    TempDir dir;
    CHECK_THROWS_WITH(ByteSource((dir.path() / "nope.csv").string()), Catch::Contains("cannot open: No such file"));
    CHECK_THROWS_WITH(ByteSource(dir.path().string()), Catch::Contains("is a directory"));
}

TEST_CASE("a truncated gzip file is an input error", "[csv]") {
    TempDir dir;
    std::string text;
    for (int i = 0; i < 20000; ++i) text += "row," + std::to_string(i * 7919) + "\n";
    auto path = dir.write_gzip("in.csv.gz", text);
    std::filesystem::resize_file(path, std::filesystem::file_size(path) / 2);
    CHECK_THROWS_WITH(parse_file(path), Catch::Contains("gzip"));
}

// Regression: a quoted field whose opening quote fell exactly on the 1 MiB read-buffer boundary lost a field.
TEST_CASE("records are intact wherever the read-buffer boundary falls in them", "[csv]") {
    constexpr std::size_t boundary = 1 << 20;
    const std::string row = "D1,\"Gamma, Inc.\",\"say \"\"x\"\"\",last\r\n";
    for (std::size_t shift = 0; shift < row.size(); ++shift) {
        std::string text = "deal,from,note,end\n";
        std::string filler = "F,pad,,end\n";
        while (text.size() + filler.size() + row.size() < boundary - shift) text += filler;
        text += std::string("F,") + std::string(boundary - shift - text.size() - 8, 'p') + ",,end\n";
        REQUIRE(text.size() == boundary - shift);
        for (int i = 0; i < 3; ++i) text += row;
        auto parsed = parse(text);
        std::size_t rows_seen = 0, misshapen = 0;
        for (const auto& record : parsed.records) {
            if (record.size() != 4) ++misshapen;
            if (record.size() != 4 || record[0] != "D1") continue;
            ++rows_seen;
            CHECK(record[1] == "Gamma, Inc.");
            CHECK(record[2] == "say \"x\"");
            CHECK(record[3] == "last");
        }
        CHECK(rows_seen == 3);
        CHECK(misshapen == 0);
    }
}

TEST_CASE("records do not depend on the read buffer's size", "[csv]") {
    std::string text = "\xEF\xBB\xBF" "a,\"b\r\nc\",\"d\"\"e\"\r\n\r\nfff,g\rh,\"\"\n\"long quoted, field\",x\n";
    TempDir dir;
    std::string path = dir.write("in.csv", text);
    Parsed usual = parse_file(path);
    CHECK(usual.records == Rows{{"a", "b\r\nc", "d\"e"}, {"fff", "g"}, {"h", ""}, {"long quoted, field", "x"}});
    for (std::size_t size : {1, 4, 5, 7, 13}) {
        ByteSource source(path);
        CsvReader reader(source, ',', size);
        CsvRecord record;
        Parsed tiny;
        while (reader.next(record)) {
            tiny.records.emplace_back(record.fields.begin(), record.fields.end());
            tiny.lines.push_back(record.line);
        }
        CHECK(tiny.records == usual.records);
        CHECK(tiny.lines == usual.lines);
    }
}
