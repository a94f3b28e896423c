#include "output/github_annotations.h"

#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>

using namespace patlap;

TEST_CASE("GitHub workflow commands escape % CR LF in messages, and : , too in properties", "[output][github]") {
    CHECK(escape_github_message("50% off\r\nnext: a, b") == "50%25 off%0D%0Anext: a, b");
    CHECK(escape_github_property("dir,1/a:b%.csv\n") == "dir%2C1/a%3Ab%25.csv%0A");
}

TEST_CASE("GitHub annotations: one line a finding, file and line where known", "[output][github]") {
    Table findings = table_of_rows(
        {{"severity"}, {"code"}, {"deal"}, {"file"}, {"line", CellType::integer}, {"message"}},
        {{"error", "break", "S2", "a,b.csv", "5", "from Delta Ltd: 100%\nsure"},
         {"warning", "duplicate-row", "S1", "<stdin>", "4", "repeats line 3"},
         {"warning", "self-transfer", "X1", "c.csv", "", "to itself"}});
    char* buffer = nullptr;
    std::size_t size = 0;
    std::FILE* out = open_memstream(&buffer, &size);
    int error = write_github_annotations(out, findings);
    std::fclose(out);
    std::string text(buffer, size);
    std::free(buffer);
    CHECK(error == 0);
    CHECK(text == "::error file=a%2Cb.csv,line=5::break: from Delta Ltd: 100%25%0Asure\n"
                  "::warning::duplicate-row: repeats line 3\n"
                  "::warning file=c.csv::self-transfer: to itself\n");
}
