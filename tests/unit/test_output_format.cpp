#include "output/output_format.h"

#include <atomic>
#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <unistd.h>

using namespace patlap;

namespace {

std::string render_with(const Table& table, const WriteOptions& options) {
    char* buffer = nullptr;
    std::size_t size = 0;
    std::FILE* out = open_memstream(&buffer, &size);
    REQUIRE(write_table(out, table, options) == 0);
    std::fclose(out);
    std::string text(buffer, size);
    std::free(buffer);
    return text;
}

std::string render(const Table& table, OutputFormat format, bool header = true, std::size_t width = 0,
                   bool excel_safe = false) {
    char* buffer = nullptr;
    std::size_t size = 0;
    std::FILE* out = open_memstream(&buffer, &size);
    WriteOptions options;
    options.format = format;
    options.header = header;
    options.width = width;
    options.excel_safe = excel_safe;
    REQUIRE(write_table(out, table, options) == 0);
    std::fclose(out);
    std::string text(buffer, size);
    std::free(buffer);
    return text;
}

Table sample() {
    return table_of_rows({{"name"}, {"n", CellType::integer}, {"share", CellType::decimal}},
                         {{"Acme, Inc.", "12", "0.500000"}, {"say \"hi\"\tnow", "3", "1.000000"}});
}

}  // namespace

TEST_CASE("CSV quotes only where RFC 4180 needs it", "[output]") {
    CHECK(render(sample(), OutputFormat::csv) ==
          "name,n,share\n\"Acme, Inc.\",12,0.500000\n\"say \"\"hi\"\"\tnow\",3,1.000000\n");
    CHECK(render(sample(), OutputFormat::csv, false) ==
          "\"Acme, Inc.\",12,0.500000\n\"say \"\"hi\"\"\tnow\",3,1.000000\n");
    CHECK(render(table_of_rows({{"a"}}, {{"two\nlines"}}), OutputFormat::csv) == "a\n\"two\nlines\"\n");
}

TEST_CASE("TSV escapes tabs, line breaks and backslashes", "[output]") {
    CHECK(render(sample(), OutputFormat::tsv) == "name\tn\tshare\nAcme, Inc.\t12\t0.500000\nsay \"hi\"\\tnow\t3\t1.000000\n");
    CHECK(render(table_of_rows({{"a"}}, {{"x\\y\r\nz"}}), OutputFormat::tsv, false) == "x\\\\y\\r\\nz\n");
}

TEST_CASE("JSON: an array of objects, numbers as numbers, strings escaped", "[output]") {
    CHECK(render(sample(), OutputFormat::json) ==
          "[\n{\"name\":\"Acme, Inc.\",\"n\":12,\"share\":0.500000},\n"
          "{\"name\":\"say \\\"hi\\\"\\tnow\",\"n\":3,\"share\":1.000000}\n]\n");
    CHECK(render(table_of_rows({{"a"}}, {}), OutputFormat::json) == "[]\n");
    CHECK(render(table_of_rows({{"a"}}, {{std::string("\x01\\/\xC3\xA9\xFF", 6)}}), OutputFormat::json) ==
          "[\n{\"a\":\"\\u0001\\\\/\xC3\xA9\\ufffd\"}\n]\n");
}

TEST_CASE("JSON Lines: one object per line", "[output]") {
    CHECK(render(sample(), OutputFormat::jsonl) ==
          "{\"name\":\"Acme, Inc.\",\"n\":12,\"share\":0.500000}\n{\"name\":\"say \\\"hi\\\"\\tnow\",\"n\":3,\"share\":1.000000}\n");
}

TEST_CASE("number_or_text cells are numbers in JSON only where they read as numbers", "[output]") {
    Table table = table_of_rows({{"metric"}, {"value", CellType::number_or_text}},
                                {{"rows", "12"}, {"seconds", "0.250"}, {"first", "2014-01-01"}, {"odd", "007"}});
    CHECK(render(table, OutputFormat::jsonl) ==
          "{\"metric\":\"rows\",\"value\":12}\n{\"metric\":\"seconds\",\"value\":0.250}\n"
          "{\"metric\":\"first\",\"value\":\"2014-01-01\"}\n{\"metric\":\"odd\",\"value\":\"007\"}\n");
}

TEST_CASE("tables align text left and numbers right", "[output]") {
    Table table = table_of_rows({{"name"}, {"n", CellType::integer}}, {{"Société", "5"}, {"Al", "120"}});
    CHECK(render(table, OutputFormat::table) == "name       n\nSociété    5\nAl       120\n");
    CHECK(render(table, OutputFormat::table, false) == "Société    5\nAl       120\n");
}

TEST_CASE("tables shorten the widest free-text column to fit a width, never an identifier", "[output]") {
    Table table = table_of_rows({text_column("name"), {"n", CellType::integer}},
                                {{"International Business Machines", "1"}, {"IBM", "2"}});
    CHECK(render(table, OutputFormat::table, true, 15) ==
          "name          n\nInternation…  1\nIBM           2\n");
    Table ids = table_of_rows({{"patent"}, text_column("owner"), {"date"}},
                              {{"US8100133", "Microsoft Corporation", "2017-07-05"}});
    CHECK(render(ids, OutputFormat::table, true, 30) == "patent     owner    date\nUS8100133  Micros…  2017-07-05\n");
}

TEST_CASE("tables leave out columns empty on every row, then hide columns from the right, and say which", "[output]") {
    Table table = table_of_rows({{"deal"}, {"empty"}, {"date"}, {"kind"}, {"refers_to"}},
                                {{"NOK-MSFT-2014", "", "2014-04-25", "assignment", "41370/0790"}});
    CHECK(render(table, OutputFormat::table, true, 0) ==
          "deal           date        kind        refers_to\nNOK-MSFT-2014  2014-04-25  assignment  41370/0790\n");
    std::vector<std::string> hidden;
    WriteOptions options;
    options.format = OutputFormat::table;
    options.width = 30;
    options.hidden_columns = &hidden;
    CHECK(render_with(table, options) == "deal           date\nNOK-MSFT-2014  2014-04-25\n");
    CHECK(hidden == std::vector<std::string>{"kind", "refers_to"});
    CHECK(render(table, OutputFormat::csv, true, 30) ==
          "deal,empty,date,kind,refers_to\nNOK-MSFT-2014,,2014-04-25,assignment,41370/0790\n");
}

TEST_CASE("tables count wide characters as two columns and show tabs and line breaks escaped", "[output]") {
    Table table = table_of_rows({text_column("party"), {"n", CellType::integer}},
                                {{"小米科技", "1"}, {"Xiaomi", "2"}, {"a\tb\nc", "3"}});
    CHECK(render(table, OutputFormat::table, true, 0) ==
          "party     n\n小米科技  1\nXiaomi    2\na\\tb\\nc   3\n");
    CHECK(render(table, OutputFormat::table, true, 9) ==  // cut at a whole character
          "party   n\n小米…   1\nXiaomi  2\na\\tb\\…  3\n");
}

TEST_CASE("format names", "[output]") {
    CHECK(parse_output_format("jsonl") == OutputFormat::jsonl);
    CHECK_FALSE(parse_output_format("xml"));
}

TEST_CASE("reports of many rows come out whole and in order (formatted in chunks on worker threads)", "[output]") {
    constexpr std::size_t rows = 50'001;
    Table table;
    table.columns = {{"id"}, {"n", CellType::integer}};
    table.row_count = rows;
    table.fill_row = [](std::size_t row, Cells& cells) {
        cells[0] = fmt::format("r{}", row);
        cells[1] = fmt::format("{}", row * 7);
    };
    std::string csv = "id,n\n", jsonl, json = "[\n";
    for (std::size_t row = 0; row < rows; ++row) {
        csv += fmt::format("r{},{}\n", row, row * 7);
        std::string object = fmt::format("{{\"id\":\"r{}\",\"n\":{}}}", row, row * 7);
        jsonl += fmt::format("{}\n", object);
        json += fmt::format("{}{}\n", object, row + 1 < rows ? "," : "");
    }
    json += "]\n";
    CHECK(render(table, OutputFormat::csv) == csv);
    CHECK(render(table, OutputFormat::jsonl) == jsonl);
    CHECK(render(table, OutputFormat::json) == json);
}

TEST_CASE("excel-safe output: text cells that a spreadsheet would run as formulas get a leading apostrophe", "[output]") {
    Table table = table_of_rows({{"name"}, {"n", CellType::integer}, {"value", CellType::number_or_text}},
                                {{"=HYPERLINK(\"http://x\",\"y\")", "-5", "-5"},
                                 {"+Acme", "3", "-cmd"},
                                 {"@SUM(A1)", "0", "0.5"},
                                 {"-2+3", "1", "x"},
                                 {"\tTab", "1", "\rCR"},
                                 {"Acme, Inc. = fine", "1", ""}});
    CHECK(render(table, OutputFormat::csv, true, 0, true) ==
          "name,n,value\n"
          "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",-5,-5\n"  // inside the quotes; numbers untouched
          "'+Acme,3,'-cmd\n"                                  // number_or_text: text cells only
          "'@SUM(A1),0,0.5\n"
          "'-2+3,1,x\n"
          "'\tTab,1,\"'\rCR\"\n"
          "\"Acme, Inc. = fine\",1,\n");
    CHECK(render(table, OutputFormat::tsv, false, 0, true) ==
          "'=HYPERLINK(\"http://x\",\"y\")\t-5\t-5\n'+Acme\t3\t'-cmd\n'@SUM(A1)\t0\t0.5\n'-2+3\t1\tx\n"
          "'\\tTab\t1\t'\\rCR\nAcme, Inc. = fine\t1\t\n");
    // Without the option, and in JSON and tables, cells are as they are.
    CHECK(render(table, OutputFormat::csv).find("\n+Acme,3,-cmd\n") != std::string::npos);
    CHECK(render(table, OutputFormat::jsonl, true, 0, true).find("{\"name\":\"+Acme\"") != std::string::npos);
    CHECK(starts_like_formula("=1"));
    CHECK(starts_like_formula("\r"));
    CHECK_FALSE(starts_like_formula(""));
    CHECK_FALSE(starts_like_formula("a=1"));
    CHECK_FALSE(starts_like_formula(" =1"));
}

TEST_CASE("a write to a closed pipe reports EPIPE and stops early", "[output]") {
    auto previous = std::signal(SIGPIPE, SIG_IGN);
    int ends[2];
    REQUIRE(pipe(ends) == 0);
    close(ends[0]);  // the reader is gone before the first write
    std::FILE* out = fdopen(ends[1], "w");
    std::atomic<std::size_t> rows_formatted = 0;  // the rows are formatted on worker threads
    Table table;
    table.columns = {{"n", CellType::integer}};
    table.row_count = 10'000'000;
    table.fill_row = [&](std::size_t row, Cells& cells) {
        ++rows_formatted;
        cells[0] = std::to_string(row);
    };
    WriteOptions options;
    CHECK(write_table(out, table, options) == EPIPE);
    CHECK(rows_formatted < 1'000'000);  // it gave up soon after the first failed write
    std::fclose(out);
    std::signal(SIGPIPE, previous);
}

TEST_CASE("a table of values is written as the same table of text would be, in every format", "[output]") {
    using Kind = CellValue::Kind;
    // Names that need quotes, escapes or a formula guard; no date; a ratio past what 64 bits hold; many rows, so
    // that the chunked writing is used too.
    const std::vector<std::string> names = {"plain", "Acme, Inc.", "say \"hi\"", "=SUM(A1)", "tab\there",
                                            "line\nbreak", "", "Ünïcode"};
    constexpr std::size_t rows = 40'000;
    auto values_of = [&](std::size_t row, CellValues& cells) {
        cells[0] = {Kind::text, names[row % names.size()]};
        cells[1] = {Kind::date, {}, row % 5 == 0 ? 0u : 20140425u};
        cells[2] = {Kind::integer, {}, row * 1'000'003};
        cells[3] = {Kind::ratio, {}, row % 7, row % 11};
        cells[4] = {Kind::ratio, {}, 10'000'000'000'000 + row, 20'000'000'000'000};
    };
    Table values;
    values.columns = {{"name"}, {"date"}, {"n", CellType::integer}, {"r", CellType::decimal}, {"big", CellType::decimal}};
    values.row_count = rows;
    values.fill_values = values_of;
    Table text = values;
    text.fill_values = nullptr;
    text.fill_row = [&](std::size_t row, Cells& cells) {
        CellValues cell_values(cells.size());
        values_of(row, cell_values);
        for (std::size_t i = 0; i < cells.size(); ++i) put_value(cells[i], cell_values[i]);
    };
    for (auto format : {OutputFormat::csv, OutputFormat::tsv, OutputFormat::json, OutputFormat::jsonl, OutputFormat::table})
        for (bool excel_safe : {false, true}) {
            INFO("format " << int(format) << (excel_safe ? ", excel-safe" : ""));
            CHECK(render(values, format, true, 0, excel_safe) == render(text, format, true, 0, excel_safe));
        }
    CHECK(render(values, OutputFormat::csv).find("\n\"Acme, Inc.\",2014-04-25,1000003,1.000000,0.500000\n") !=
          std::string::npos);
}
