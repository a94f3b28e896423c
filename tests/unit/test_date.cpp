#include "model/date.h"
#include "model/transfer_kind.h"

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

TEST_CASE("a date may carry a time of day, which must be a real one", "[date]") {
    for (const char* text : {"2019-01-01T00:00:00Z", "2019-01-01 00:00:00", "2019-01-01T23:59", "2019-01-01T09:30+02:00",
                             "2019-01-01T09:30:15.250-0500", "2019-01-01 12:00:00+05"}) {
        INFO(text);
        CHECK(patlap::parse_date(text) == 20190101u);
    }
    for (const char* text : {"2019-01-01T", "2019-01-01T25:00", "2019-01-01 12:61", "2019-01-01T12:00:00Q",
                             "2019-01-01x12:00", "2019-02-30T00:00:00Z", "20190101T000000", "2019-01-01T12:00:00."}) {
        INFO(text);
        CHECK_FALSE(patlap::parse_date(text));
    }
}

TEST_CASE("kinds are read in any case, licence as license", "[date]") {
    CHECK(patlap::parse_transfer_kind("LICENCE") == patlap::TransferKind::license);
    CHECK(patlap::parse_transfer_kind("licence") == patlap::TransferKind::license);
    CHECK(patlap::parse_transfer_kind("Name-Change") == patlap::TransferKind::name_change);
    CHECK_FALSE(patlap::parse_transfer_kind("licenses"));
}
