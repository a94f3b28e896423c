#include "analysis/party_summary.h"
#include "input/transfer_loader.h"
#include "temp_file.h"

#include <catch2/catch.hpp>

using namespace patlap;

namespace {

Dataset load_rows(const std::string& rows) {
    TempDir dir;
    return load_transfers({dir.write("in.csv", "deal,date,kind,from,to,patent\n" + rows)}, {});
}

}  // namespace

TEST_CASE("patents held: the owners at the end of the data, from the title replay, inferred ones counted apart", "[parties]") {
    Dataset data = load_rows("A,2010-01-01,assignment,Inventor,Alpha,US1\n"
                             "B,2012-01-01,assignment,Alpha,Beta,US1\n"
                             "B,2012-01-01,assignment,Alpha,Gamma,US1\n"  // co-owners
                             "L,2013-01-01,license,Beta,Delta,US1\n"      // a licence moves no title
                             "S,2013-01-01,security,Beta,Bank,US1\n"      // nor does a lien
                             "C,2011-01-01,assignment,Inventor,Alpha,US2\n"
                             "D,2011-01-01,assignment,Inventor,Beta,US2\n"  // same day: deal D comes after C
                             "R,2014-01-01,release,Bank,Beta,US3\n");
    auto held = [&](const char* party) {
        for (const auto& summary : summarize_parties(data))
            if (data.party_name(summary.party) == party) return summary.patents_held;
        return ~0u;
    };
    auto inferred = [&](const char* party) {
        for (const auto& summary : summarize_parties(data))
            if (data.party_name(summary.party) == party) return summary.patents_held_inferred;
        return ~0u;
    };
    CHECK(held("Beta") == 3);  // US3 as inferred from the lien released to it
    CHECK(inferred("Beta") == 1);
    CHECK(inferred("Gamma") == 0);
    CHECK(held("Gamma") == 1);
    CHECK(held("Alpha") == 0);
    CHECK(held("Delta") == 0);
    CHECK(held("Bank") == 0);
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
