#include "output/cell_format.h"

#include <catch2/catch.hpp>

using namespace patlap;

TEST_CASE("ratios have six decimals, rounded half up exactly", "[cells]") {
    std::string cell;
    put_ratio(cell, 2, 5);  // the jaccard of 2 shared patents between deals of 4 and 3
    CHECK(cell == "0.400000");
    put_ratio(cell, 1, 3);
    CHECK(cell == "0.333333");
    put_ratio(cell, 210, 256);  // 0.8203125: exactly half way, goes up
    CHECK(cell == "0.820313");
    put_ratio(cell, 6, 6);
    CHECK(cell == "1.000000");
    put_ratio(cell, 0, 0);
    CHECK(cell == "0.000000");
    // Beyond what 64-bit arithmetic holds (numerator * 2,000,000), the same answers through 128 bits.
    put_ratio(cell, 10'000'000'000'000, 20'000'000'000'000);
    CHECK(cell == "0.500000");
    put_ratio(cell, 3'000'000'000'001, 9'000'000'000'000);
    CHECK(cell == "0.333333");
    put_ratio(cell, UINT64_MAX, UINT64_MAX);
    CHECK(cell == "1.000000");
    put_ratio(cell, 4'611'686'018'427, 4'611'686'018'427);  // just at the edge of the 64-bit path
    CHECK(cell == "1.000000");
}

TEST_CASE("integers and dates", "[cells]") {
    std::string cell = "left over";
    put_integer(cell, 4462192);
    CHECK(cell == "4462192");
    put_date(cell, 20140425);
    CHECK(cell == "2014-04-25");
    put_date(cell, 0);
    CHECK(cell.empty());
}
