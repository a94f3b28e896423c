#include "analysis/party_summary.h"
#include "analysis/title_holders.h"
#include "io/transfer_loader.h"
#include "temp_file.h"

#include <catch2/catch.hpp>

using namespace patlap;

namespace {

Dataset load_rows(const std::string& rows) {
    TempDir dir;
    return load_transfers({dir.write("in.csv", "deal,date,kind,from,to,patent\n" + rows)}, {});
}

}  // namespace

TEST_CASE("holders: the receiving parties of the last title-moving event, by date then deal", "[parties]") {
    Dataset data = load_rows("A,2010-01-01,assignment,Inventor,Alpha,US1\n"
                             "B,2012-01-01,assignment,Alpha,Beta,US1\n"
                             "B,2012-01-01,assignment,Alpha,Gamma,US1\n"
                             "L,2013-01-01,license,Beta,Delta,US1\n"
                             "S,2013-01-01,security,Beta,Bank,US1\n"
                             "C,2011-01-01,assignment,Inventor,Alpha,US2\n"
                             "D,2011-01-01,assignment,Inventor,Beta,US2\n"  // same day: deal D is later than C
                             "R,2014-01-01,release,Bank,Beta,US3\n");
    TitleHolders holders(data);
    auto names = [&](const char* patent) {
        std::vector<std::string> out;
        for (PartyId p : holders.of(data.patents.find(patent))) out.emplace_back(data.party_name(p));
        return out;
    };
    CHECK(names("US1") == std::vector<std::string>{"Beta", "Gamma"});
    CHECK(names("US2") == std::vector<std::string>{"Beta"});
    CHECK(names("US3").empty());
}

TEST_CASE("party summaries count distinct deals and patents, in name order", "[parties]") {
    Dataset data = load_rows("A,2010-01-01,assignment,Inventor,Alpha,US1\n"
                             "A,2010-01-01,assignment,Inventor,Alpha,US2\n"
                             "B,2012-01-01,assignment,Alpha,Beta,US1\n"
                             "C,2013-01-01,license,Alpha,Beta,US1\n"
                             "C,2013-01-01,license,ALPHA INC,Beta,US2\n");
    auto summaries = summarize_parties(data);
    REQUIRE(summaries.size() == 3);
    const PartySummary& alpha = summaries[0];
    CHECK(data.party_name(alpha.party) == "Alpha");
    CHECK(alpha.deals == 3);
    CHECK(alpha.patents_in == 2);
    CHECK(alpha.patents_out == 2);
    CHECK(alpha.patents_held == 1);
    const PartySummary& beta = summaries[1];
    CHECK((beta.deals == 2 && beta.patents_in == 2 && beta.patents_out == 0 && beta.patents_held == 1));
    PartySpellings spellings(data);
    auto of_alpha = spellings.of(alpha.party);
    REQUIRE(of_alpha.size() == 2);
    CHECK(data.spellings.str(of_alpha[0]) == "Alpha");
    CHECK(data.spelling_count[of_alpha[0]] == 4);
}
