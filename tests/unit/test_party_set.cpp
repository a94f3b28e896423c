#include "analysis/party_set.h"

#include <catch2/catch.hpp>
#include <set>

using namespace patlap;

TEST_CASE("a party set gives the same answers small and large, through growth and shrinking", "[party_set]") {
    PartySet set;
    std::set<PartyId> model;  // what it must hold
    auto same = [&] {
        REQUIRE(set.size() == model.size());
        CHECK(set.sorted() == std::vector<PartyId>(model.begin(), model.end()));
    };
    for (PartyId p = 0; p < 300; p += 3) {  // past the size where it takes a hash set
        std::vector<PartyId> some{p, p + 1};
        std::size_t expected = !model.count(p) + !model.count(p + 1);
        CHECK(set.insert(some) == expected);
        model.insert(some.begin(), some.end());
        same();
    }
    CHECK(set.contains(4));
    CHECK_FALSE(set.contains(5));
    CHECK(set.intersects({5, 8, 11}) == false);
    CHECK(set.intersects({5, 6}));
    CHECK(set.erase({0, 1, 2, 5}) == 2);  // 0 and 1 were members
    model.erase(0);
    model.erase(1);
    same();
    CHECK_FALSE(set.assign(std::vector<PartyId>(model.begin(), model.end())));  // no change
    CHECK(set.assign({7, 9}));
    model = {7, 9};
    same();
    set.clear();
    CHECK(set.empty());
    CHECK(set.sorted().empty());
}
