#include "model/patent_pool.h"

#include <catch2/catch.hpp>
#include <string>

using namespace patlap;

TEST_CASE("US patent numbers are looked up by number, every other key by its text", "[patent_pool]") {
    CHECK((PatentPool::lookup_key("US7123456") & PatentPool::numbered));
    CHECK((PatentPool::lookup_key("US1") & PatentPool::numbered));
    CHECK((PatentPool::lookup_key("US16777215") & PatentPool::numbered));     // 2^24 - 1
    CHECK_FALSE((PatentPool::lookup_key("US16777216") & PatentPool::numbered));  // 2^24: too large for the table
    CHECK_FALSE((PatentPool::lookup_key("US123456789") & PatentPool::numbered));
    CHECK_FALSE((PatentPool::lookup_key("US0123") & PatentPool::numbered));  // a leading zero is another key
    CHECK_FALSE((PatentPool::lookup_key("USD501234") & PatentPool::numbered));
    CHECK_FALSE((PatentPool::lookup_key("EP1234567") & PatentPool::numbered));
    CHECK_FALSE((PatentPool::lookup_key("US") & PatentPool::numbered));
    CHECK_FALSE((PatentPool::lookup_key("US12a") & PatentPool::numbered));
    CHECK(std::uint32_t(PatentPool::lookup_key("US7123456")) == 7123456);
}

TEST_CASE("patent ids are dense and in first-seen order across both kinds of key", "[patent_pool]") {
    PatentPool pool;
    CHECK(pool.find("US5") == PatentPool::npos);  // before any numbered key
    CHECK(pool.intern("US7123456") == 0);
    CHECK(pool.intern("USD501234") == 1);
    CHECK(pool.intern("US16777216") == 2);
    CHECK(pool.intern("US5") == 3);
    CHECK(pool.intern("US7123456") == 0);
    CHECK(pool.intern("USD501234") == 1);
    CHECK(pool.intern("US16777216", PatentPool::lookup_key("US16777216")) == 2);
    CHECK(pool.size() == 4);
    CHECK(pool.str(0) == "US7123456");
    CHECK(pool.str(1) == "USD501234");
    CHECK(pool.str(3) == "US5");
    CHECK(pool.find("US5") == 3);
    CHECK(pool.find("USD501234") == 1);
    CHECK(pool.find("US6") == PatentPool::npos);
    CHECK(pool.find("USD6") == PatentPool::npos);
}

TEST_CASE("many keys of both kinds keep their ids as the hash slots grow", "[patent_pool]") {
    PatentPool pool;
    for (int i = 1; i <= 20000; ++i) {
        CHECK(pool.intern("US" + std::to_string(i)) == StringId(2 * (i - 1)));
        CHECK(pool.intern("USRE" + std::to_string(i)) == StringId(2 * (i - 1) + 1));
    }
    for (int i = 1; i <= 20000; i += 997) {
        CHECK(pool.find("US" + std::to_string(i)) == StringId(2 * (i - 1)));
        CHECK(pool.find("USRE" + std::to_string(i)) == StringId(2 * (i - 1) + 1));
    }
}
