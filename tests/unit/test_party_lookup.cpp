#include "analysis/party_lookup.h"
#include "ownership_rows.h"

#include <catch2/catch.hpp>

using namespace patlap;

namespace {

std::vector<std::string> names(const Dataset& data, const std::vector<PartyId>& parties) {
    std::vector<std::string> out;
    for (PartyId p : parties) out.emplace_back(data.party_name(p));
    return out;
}

const char* rows = "L1,2018-01-01,security,Entegris Inc.,GOLDMAN SACHS BANK USA,US1\n"
                   "L2,2019-01-01,security,Entegris Inc.,Goldman Sachs Lending Partners LLC,US1\n"
                   "L3,2019-01-01,security,Entegris Inc.,Goldman Sachsen GmbH,US1\n"
                   "S1,2016-06-01,assignment,Microsoft Corporation,Xiaomi Inc.,US2\n"
                   "S2,2016-06-01,assignment,Société Générale S.A.,Xiaomi Inc.,US3\n";

}  // namespace

TEST_CASE("an exact key wins, accents folded", "[party_lookup]") {
    Dataset data = load_rows(rows);
    PartyMatch match = match_party(data, "XIAOMI INC");
    CHECK(match.how == PartyMatch::How::exact);
    CHECK(names(data, match.parties) == std::vector<std::string>{"Xiaomi Inc."});
    CHECK(names(data, match_party(data, "SOCIETE GENERALE").parties) == std::vector<std::string>{"Société Générale S.A."});
    CHECK(describe_match(data, "--party", "xiaomi", match).empty());
}

TEST_CASE("else every party whose key starts with the name's words, whole words", "[party_lookup]") {
    Dataset data = load_rows(rows);
    PartyMatch match = match_party(data, "Goldman Sachs");
    CHECK(match.how == PartyMatch::How::prefix);
    CHECK(names(data, match.parties) ==
          std::vector<std::string>{"GOLDMAN SACHS BANK USA", "Goldman Sachs Lending Partners LLC"});  // not SACHSEN
    CHECK(describe_match(data, "--party", "Goldman Sachs", match) ==
          "--party \"Goldman Sachs\" is GOLDMAN SACHS BANK USA; Goldman Sachs Lending Partners LLC (the parties "
          "whose name starts with its words)");
}

TEST_CASE("else no match, with the closest parties", "[party_lookup]") {
    Dataset data = load_rows(rows);
    PartyMatch match = match_party(data, "Xiaomy");
    CHECK(match.how == PartyMatch::How::none);
    CHECK(match.parties.empty());
    CHECK(names(data, match.suggestions) == std::vector<std::string>{"Xiaomi Inc."});
    CHECK(describe_match(data, "--party", "Xiaomy", match) ==
          "no party \"Xiaomy\" in the data; did you mean Xiaomi Inc.?");
    CHECK(match_party(data, "Completely Unrelated Name").suggestions.empty());
}
