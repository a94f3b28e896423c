#include "input/csv/transfer_row_checker.h"

#include <catch2/catch.hpp>

using namespace patlap;

TEST_CASE("a row keeps its whole line number past line 2^32", "[rows]") {
    LoadOptions options;
    TransferRowChecker checker("big.csv", options, ',');
    CsvRecord header;
    header.fields = {"deal", "date", "kind", "from", "to", "patent"};
    header.line = 1;
    checker.read_header(header);
    RowBatch batch;
    CsvRecord row;
    row.fields = {"D1", "2020-01-01", "assignment", "A", "B", "US1"};
    row.text = "D1,2020-01-01,assignment,A,B,US1\n";
    for (std::uint64_t line : {std::uint64_t(4299161602), std::uint64_t(4299161603), std::uint64_t(4299161700)}) {
        row.line = line;
        checker.add(row, batch);
    }
    row.fields[1] = "2019-02-30";
    row.line = 4299161800;
    checker.add(row, batch);
    REQUIRE(batch.rows.size() == 4);
    CHECK(batch.line_of(batch.rows[0]) == 4299161602);
    CHECK(batch.line_of(batch.rows[2]) == 4299161700);
    CHECK(batch.rows[3].bad);
    CHECK(batch.line_of(batch.rows[3]) == 4299161800);  // was 4194306: the line cut to 32 bits
}
