#include "output/xlsx_writer.h"
#include "temp_file.h"

#include <archive.h>
#include <archive_entry.h>
#include <catch2/catch.hpp>
#include <cstdio>
#include <memory>
#include <string>

using namespace patlap;

namespace {

// A part of the workbook (a zip archive), read with libarchive; "" when it is not there.
std::string unzip_part(const std::string& path, const std::string& part) {
    std::unique_ptr<archive, int (*)(archive*)> zip(archive_read_new(), archive_read_free);
    archive_read_support_format_zip(zip.get());
    REQUIRE(archive_read_open_filename(zip.get(), path.c_str(), 1 << 16) == ARCHIVE_OK);
    archive_entry* entry = nullptr;
    while (archive_read_next_header(zip.get(), &entry) == ARCHIVE_OK) {
        if (archive_entry_pathname(entry) != part) continue;
        std::string text;
        char buffer[4096];
        while (la_ssize_t n = archive_read_data(zip.get(), buffer, sizeof buffer)) {
            REQUIRE(n > 0);
            text.append(buffer, std::size_t(n));
        }
        return text;
    }
    return "";
}

bool contains(const std::string& text, std::string_view part) { return text.find(part) != std::string::npos; }

std::string written(const TempDir& dir, const Table& table, bool header) {
    std::string path = (dir.path() / "report.xlsx").string();
    std::FILE* out = std::fopen(path.c_str(), "wb");
    REQUIRE(write_xlsx(out, table, header) == 0);
    std::fclose(out);
    return path;
}

}  // namespace

TEST_CASE("an xlsx report: a bold header, numbers as numbers, text as strings", "[xlsx]") {
    TempDir dir;
    Table table = table_of_rows(
        {Column{"deal"}, Column{"shared", CellType::integer}, Column{"jaccard", CellType::decimal},
         Column{"value", CellType::number_or_text}},
        {{"=HYPERLINK(\"x\")", "2", "0.400000", "007"}, {"Back <&> \xff", "10", "1.000000", "-3.5"}});
    std::string path = written(dir, table, true);
    std::string sheet = unzip_part(path, "xl/worksheets/sheet1.xml");
    CHECK(contains(sheet, R"(<c r="A1" s="1" t="inlineStr"><is><t>deal</t></is></c>)"));
    CHECK(contains(sheet, R"(<c r="B1" s="1" t="inlineStr"><is><t>shared</t></is></c>)"));
    // A formula in the data is a string, never a formula (<f>).
    CHECK(contains(sheet, R"(<c r="A2" t="inlineStr"><is><t>=HYPERLINK("x")</t></is></c>)"));
    CHECK_FALSE(contains(sheet, "<f>"));
    CHECK(contains(sheet, R"(<c r="B2"><v>2</v></c>)"));
    CHECK(contains(sheet, R"(<c r="C2"><v>0.4</v></c>)"));
    CHECK(contains(sheet, R"(<c r="D2" t="inlineStr"><is><t>007</t></is></c>)"));  // an identifier, not 7
    CHECK(contains(sheet, "<t>Back &lt;&amp;&gt; \xEF\xBF\xBD</t>"));            // not UTF-8: U+FFFD
    CHECK(contains(sheet, R"(<c r="D3"><v>-3.5</v></c>)"));
    // Style 1, the header's, is bold.
    std::string styles = unzip_part(path, "xl/styles.xml");
    CHECK(contains(styles, "<b/>"));
}

TEST_CASE("an xlsx report from values, without a header", "[xlsx]") {
    TempDir dir;
    Table table;
    table.columns = {Column{"deal"}, Column{"date"}, Column{"patents", CellType::integer},
                     Column{"ratio", CellType::decimal}};
    table.row_count = 1;
    table.fill_values = [](std::size_t, CellValues& cells) {
        cells[0] = {CellValue::Kind::text, "D1"};
        cells[1] = {CellValue::Kind::date, {}, 20160601};
        cells[2] = {CellValue::Kind::integer, {}, 54};
        cells[3] = {CellValue::Kind::ratio, {}, 1, 4};
    };
    std::string sheet = unzip_part(written(dir, table, false), "xl/worksheets/sheet1.xml");
    CHECK(contains(sheet, R"(<row r="1"><c r="A1" t="inlineStr"><is><t>D1</t></is></c>)"
                          R"(<c r="B1" t="inlineStr"><is><t>2016-06-01</t></is></c>)"
                          R"(<c r="C1"><v>54</v></c><c r="D1"><v>0.25</v></c></row>)"));
    CHECK_FALSE(contains(sheet, "<row r=\"2\""));
}
