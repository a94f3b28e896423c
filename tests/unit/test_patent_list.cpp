#include "input/patent_list.h"
#include "base/errors.h"
#include "temp_file.h"

#include <catch2/catch.hpp>

using namespace patlap;

TEST_CASE("a patent list has one number a line; blank lines and # comments are skipped", "[patent_list]") {
    TempDir dir;
    std::string text = "\xEF\xBB\xBF# from the analyst\r\nUS 9,219,817 B2\r\n\n   14/678,893\t\n  # indented comment\nUS 2015/0215460 A1";
    std::vector<std::string> expected = {"US 9,219,817 B2", "14/678,893", "US 2015/0215460 A1"};
    CHECK(read_patent_list(dir.write("list.txt", text)) == expected);
    CHECK(read_patent_list(dir.write_gzip("list.txt.gz", text)) == expected);
    CHECK(read_patent_list(dir.write("empty.txt", "")).empty());
}

TEST_CASE("a patent list that is not text is refused at its line", "[patent_list]") {
    TempDir dir;
    auto refused = [&](std::string_view text) {
        try {
            read_patent_list(dir.write("bad.txt", text));
        } catch (const InputError& error) {
            return std::to_string(error.line()) + ": " + error.message();
        }
        return std::string("read");
    };
    CHECK(refused("US1\nUS\x01\x02\n").starts_with("2: not a list of patents"));
    CHECK(refused("US1\n\nUS2\xff\n").starts_with("3: "));
    CHECK_THROWS_AS(read_patent_list((dir.path() / "missing.txt").string()), InputError);
}
