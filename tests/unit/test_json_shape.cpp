// What JSON makes of a report's cells: arrays for list columns, null for empty ones, one object for key/value
// tables. The other formats keep the cells' text.
#include "output/output_format.h"

#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>

using namespace patlap;

namespace {

std::string written(const Table& table, OutputFormat format) {
    char* buffer = nullptr;
    std::size_t size = 0;
    std::FILE* out = open_memstream(&buffer, &size);
    WriteOptions options;
    options.format = format;
    int error = write_table(out, table, options);
    std::fclose(out);
    std::string text(buffer, size);
    std::free(buffer);
    REQUIRE(error == 0);
    return text;
}

Table owners() {
    return table_of_rows({{"patent"}, nullable(list_column({"owner"}, "; ")), date_column("since"),
                          list_column({"liens"}, "; "), {"note"}},
                         {{"US1", "Beta Inc.; Gamma \"G\" LLC", "2010-01-01", "Bank", ""},
                          {"US2", "", "", "", ""}});
}

}  // namespace

TEST_CASE("JSON: a list column's cell is an array of its values, [] when empty", "[output][json]") {
    CHECK(written(owners(), OutputFormat::jsonl) ==
          "{\"patent\":\"US1\",\"owner\":[\"Beta Inc.\",\"Gamma \\\"G\\\" LLC\"],\"since\":\"2010-01-01\","
          "\"liens\":[\"Bank\"],\"note\":\"\"}\n"
          "{\"patent\":\"US2\",\"owner\":null,\"since\":null,\"liens\":[],\"note\":\"\"}\n");
    Table path = table_of_rows({list_column({"path"}, " > ")}, {{"A > B; C > D"}});
    CHECK(written(path, OutputFormat::jsonl) == "{\"path\":[\"A\",\"B; C\",\"D\"]}\n");
}

TEST_CASE("JSON: empty cells of nullable columns are null, of other text columns \"\"", "[output][json]") {
    Table table = table_of_rows({nullable({"deal"}), {"n", CellType::integer}, {"kind"}}, {{"", "", ""}});
    CHECK(written(table, OutputFormat::json) == "[\n{\"deal\":null,\"n\":null,\"kind\":\"\"}\n]\n");
}

TEST_CASE("CSV, TSV and tables write list and nullable cells as their text", "[output][json]") {
    CHECK(written(owners(), OutputFormat::csv) ==
          "patent,owner,since,liens,note\nUS1,\"Beta Inc.; Gamma \"\"G\"\" LLC\",2010-01-01,Bank,\nUS2,,,,\n");
    CHECK(written(owners(), OutputFormat::tsv) ==
          "patent\towner\tsince\tliens\tnote\nUS1\tBeta Inc.; Gamma \"G\" LLC\t2010-01-01\tBank\t\nUS2\t\t\t\t\n");
    CHECK(written(owners(), OutputFormat::table) ==
          "patent  owner                     since       liens\n"
          "US1     Beta Inc.; Gamma \"G\" LLC  2010-01-01  Bank\n"
          "US2" + std::string(43, ' ') + "\n");
}

TEST_CASE("JSON: a key/value table marked as_object is one object", "[output][json]") {
    Table stats = table_of_rows({{"metric"}, nullable({"value", CellType::number_or_text})},
                                {{"deals", "6"},
                                 {"load_seconds", "0.250"},
                                 {"first_date", "2010-01-01"},
                                 {"last_date", ""}});
    stats.as_object = true;
    CHECK(written(stats, OutputFormat::json) ==
          "{\n\"deals\":6,\n\"load_seconds\":0.250,\n\"first_date\":\"2010-01-01\",\n\"last_date\":null\n}\n");
    CHECK(written(stats, OutputFormat::jsonl) ==
          "{\"deals\":6,\"load_seconds\":0.250,\"first_date\":\"2010-01-01\",\"last_date\":null}\n");
    CHECK(written(stats, OutputFormat::csv) ==
          "metric,value\ndeals,6\nload_seconds,0.250\nfirst_date,2010-01-01\nlast_date,\n");
    stats.row_count = 0;
    CHECK(written(stats, OutputFormat::json) == "{}\n");
}
