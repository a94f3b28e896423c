#include "model/patent_number.h"

#include <catch2/catch.hpp>

using patlap::normalize_patent;

static std::string key_of(std::string_view text) {
    std::string key;
    REQUIRE(normalize_patent(text, key));
    return key;
}

TEST_CASE("one patent written many ways has one key", "[patent]") {
    CHECK(key_of("US 7,123,456 B2") == "US7123456");
    CHECK(key_of("us7123456") == "US7123456");
    CHECK(key_of("US-7123456-B2") == "US7123456");
    CHECK(key_of("7,123,456") == "US7123456");
    CHECK(key_of("US07123456") == "US7123456");
    CHECK(key_of(" US7123456B1 ") == "US7123456");
}

TEST_CASE("series codes are kept and default to the US", "[patent]") {
    CHECK(key_of("US D712,345 S") == "USD712345");
    CHECK(key_of("D0712345") == "USD712345");
    CHECK(key_of("USRE45000E") == "USRE45000");
    CHECK(key_of("RE45,000") == "USRE45000");
    CHECK(key_of("PP12345") == "USPP12345");
}

TEST_CASE("other countries and publication numbers", "[patent]") {
    CHECK(key_of("EP 1 234 567 B1") == "EP1234567");
    CHECK(key_of("WO2016/123456") == "WO2016123456");
    CHECK(key_of("JP2016-123456A") == "JP2016123456");
    CHECK(key_of("US 2016/0123456 A1") == "US20160123456");
}

TEST_CASE("text that does not read as country-series-digits-kind keeps its letters and digits", "[patent]") {
    CHECK(key_of("PCT/US2016/012345") == "PCTUS2016012345");
    CHECK(key_of("US7123456XYZ") == "US7123456XYZ");
    CHECK(key_of("abc") == "ABC");
}

TEST_CASE("a patent with no letters or digits is rejected", "[patent]") {
    std::string key;
    CHECK_FALSE(normalize_patent("", key));
    CHECK_FALSE(normalize_patent("--- / ,", key));
}
