#include "model/date.h"

#include <catch2/catch.hpp>

using namespace patlap;

TEST_CASE("dates parse in both forms and format back", "[date]") {
    CHECK(parse_date("2014-04-25") == Date(20140425));
    CHECK(parse_date("20140425") == Date(20140425));
    CHECK(format_date(20140425) == "2014-04-25");
    CHECK(format_date(0).empty());
}

TEST_CASE("impossible and malformed dates are rejected", "[date]") {
    CHECK_FALSE(parse_date("2019-02-30"));
    CHECK_FALSE(parse_date("2019-02-29"));
    CHECK(parse_date("2020-02-29"));
    CHECK_FALSE(parse_date("1900-02-29"));
    CHECK(parse_date("2000-02-29"));
    CHECK_FALSE(parse_date("0000-00-00"));
    CHECK_FALSE(parse_date("2014-13-01"));
    CHECK_FALSE(parse_date("2014/04/25"));
    CHECK_FALSE(parse_date("14-04-25"));
    CHECK_FALSE(parse_date(""));
    CHECK_FALSE(parse_date("2014-4-25"));
}
