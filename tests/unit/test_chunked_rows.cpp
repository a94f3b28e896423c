#include "input/csv/chunked_rows.h"

#include "../common/row_batches_text.h"
#include "temp_file.h"

#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <random>

using namespace patlap;

namespace {

// Reads `contents` on one thread, and in chunks of many sizes with one to three workers: every way must give the
// rows (and the error) that one thread gives.
void check_chunked_reading_agrees(const std::string& contents, bool with_parties = true) {
    TempDir dir;
    std::string path = dir.write("transfers.csv", contents);
    LoadOptions options;
    options.with_parties = with_parties;
    RowReading one_thread{RowReading::Mode::one_thread};
    std::string expected = row_batches_text(path, options, one_thread);
    for (std::uint64_t chunk : {1, 2, 3, 7, 16, 64, 4096})
        for (unsigned workers : {1u, 2u, 3u}) {
            INFO("chunk " << chunk << " bytes, " << workers << " workers");
            RowReading chunked{RowReading::Mode::chunked, chunk, workers};
            CHECK(row_batches_text(path, options, chunked) == expected);
        }
}

const std::string header = "deal,date,kind,from,to,patent\n";

}  // namespace

TEST_CASE("chunked reading gives the rows one reader gives: plain rows", "[chunked_rows]") {
    std::string csv = header;
    for (int i = 0; i < 60; ++i)
        csv += fmt::format("D{},2016-0{}-1{},assignment,Microsoft Corp,Xiaomi Inc.,US{}\n", i / 3, 1 + i % 9, i % 10,
                           7000000 + i);
    check_chunked_reading_agrees(csv);
    check_chunked_reading_agrees(csv, false);
}

TEST_CASE("chunked reading: quoted fields with line breaks and doubled quotes across the cuts", "[chunked_rows]") {
    check_chunked_reading_agrees(header +
                                 "D1,2016-01-01,assignment,\"Nokia\nCorporation\",\"Microsoft \"\"Mobile\"\"\",US1\n"
                                 "D1,2016-01-01,assignment,\"Nokia\r\nOyj\",Microsoft,US2\n"
                                 "\"D\n2\",2016-01-02,license,\"a,\n\n\nb\",\"\n\",US3\n"
                                 "D3,2016-01-03,license,\"\"\"\nquoted\n\"\"\",b,US4\n"
                                 "D3,2016-01-03,license,a,b,\"US\n5\"\n");
}

TEST_CASE("chunked reading: CRLF, lone CR and blank lines", "[chunked_rows]") {
    std::string rows = "D1,2016-01-01,assignment,a,b,US1\nD1,2016-01-01,assignment,a,b,US2\n\n\n"
                       "D2,2016-01-02,assignment,a,b,US3\n";
    std::string crlf, cr;
    for (char c : header + rows) {
        if (c == '\n') crlf += "\r\n", cr += '\r';
        else crlf += c, cr += c;
    }
    check_chunked_reading_agrees(crlf);
    check_chunked_reading_agrees(cr);
    check_chunked_reading_agrees(header + "\n\nD1,2016-01-01,assignment,a,b,US1\r\n\r\nD1,2016-01-01,merger,a,b,US1\r"
                                          "D2,2016-01-01,merger,a,b,US1");  // no line end at the end
}

TEST_CASE("chunked reading: a byte-order mark is skipped at the start only", "[chunked_rows]") {
    check_chunked_reading_agrees("\xEF\xBB\xBF" + header + "D1,2016-01-01,assignment,a,b,US1\n"
                                                           "\xEF\xBB\xBF" "D2,2016-01-01,assignment,a,b,US2\n");
}

TEST_CASE("chunked reading: bad rows keep their line numbers", "[chunked_rows]") {
    check_chunked_reading_agrees(header + "D1,2016-02-31,assignment,a,b,US1\n"
                                          "D1,2016-01-01,emploer,a,b,US1\n"
                                          "D1,2016-01-01,assignment,\"\",b,US1\n"
                                          "D2,2016-01-01,assignment,\"a\nb\",b,US1,extra\n"
                                          "D2,2016-01-01,assignment,a,b,\n"
                                          "D2,2016-01-01,assignment,a,b,US9\n");
}

TEST_CASE("chunked reading: a record that breaks the CSV format ends the reading at the same line", "[chunked_rows]") {
    std::string rows;
    for (int i = 0; i < 20; ++i) rows += fmt::format("D{},2016-01-01,assignment,\"a\nb\",b,US{}\n", i, i + 1);
    check_chunked_reading_agrees(header + rows + "D9,2016-01-01,assignment,\"a\"b,c,US1\n" + rows);
    check_chunked_reading_agrees(header + rows + "D9,2016-01-01,assignment,\"never closed,c,US1\n" + rows);
    check_chunked_reading_agrees(header + rows + "D9,2016-01-01,assignment,a\0b,c,US1\n" + rows);
    check_chunked_reading_agrees(header);  // no rows at all
}

TEST_CASE("chunked reading: random mixes of all of it", "[chunked_rows]") {
    std::mt19937 random(7);
    const char* pieces[] = {"\n", "\r\n", "\r", "\"", "\"\"", ",", "a", "D1", "US12", "2016-01-01", "assignment", " "};
    for (int round = 0; round < 15; ++round) {
        std::string csv = header;
        for (int i = 0; i < 40; ++i) {
            if (random() % 3 == 0) {
                csv += pieces[random() % std::size(pieces)];
            } else {
                csv += fmt::format("D{},2016-01-0{},license,\"A\n{}\",B,US{}\n", random() % 5, 1 + random() % 9,
                                   random() % 3, random() % 100 + 1);
            }
        }
        INFO(csv);
        check_chunked_reading_agrees(csv);
    }
}

TEST_CASE("a large plain file is read in chunks by default, with the rows one reader gives", "[chunked_rows]") {
    std::string csv = header;
    for (int i = 0; csv.size() < 9u << 20; ++i)
        csv += fmt::format("D{},2016-01-01,assignment,\"Nokia\nOyj\",Microsoft,US{}\n", i / 7, 1000000 + i % 50000);
    TempDir dir;
    std::string path = dir.write("transfers.csv", csv);
    LoadOptions options;
    RowReading automatic{RowReading::Mode::automatic, 2u << 20, 2};
    CHECK(dynamic_cast<ChunkedRows*>(read_row_batches(path, options, nullptr, automatic).get()));
    CHECK(row_batches_text(path, options, automatic) == row_batches_text(path, options, {RowReading::Mode::one_thread}));
    // Standard input and gzip are read as a stream.
    std::string gz = dir.write_gzip("transfers.csv.gz", csv);
    CHECK_FALSE(dynamic_cast<ChunkedRows*>(read_row_batches(gz, options, nullptr, automatic).get()));
}
