#include "analysis/data_check.h"
#include "ownership_rows.h"

#include <catch2/catch.hpp>

using namespace patlap;

TEST_CASE("check finds each kind of problem, with its row and severity", "[check]") {
    Dataset data = load_rows("E1,2001-01-10,employer,Smith,Alpha,US100\n"      // line 2
                             "S1,2003-05-01,assignment,Alpha,Beta,US100\n"      // 3
                             "S1,2003-05-01,assignment,Alpha,Beta,US100\n"      // 4: duplicate
                             "S2,2004-01-01,assignment,Delta,Gamma,US100\n"     // 5: break
                             "X1,2004-02-01,assignment,Gamma,GAMMA LLC,US100\n" // 6: self-transfer
                             "N1,2004-06-01,name-change,Gamma,Gamma Inc,US100\n"// 7: not a self-transfer
                             "R1,2005-01-01,release,Bank,Gamma,US100\n"         // 8: release without lien
                             "C1,2006-06-06,assignment,Gamma,Delta,US100\n"     // 9
                             "C2,2006-06-06,assignment,Gamma,Omega,US100\n"     // 10: conflict
                             "O1,1789-12-31,other,Alpha,Beta,US200\n"           // 11: too early
                             "F1,2031-01-01,license,Alpha,Beta,US200\n");       // 12: after "today"
    PatentHistory history(data);
    CheckOptions options;
    options.today = 20300101;
    CheckResult result = check_data(data, history, options);
    std::vector<std::string> found;
    for (const auto& p : result.problems)
        found.push_back(std::to_string(p.line) + " " + std::string(code_name(p.code)) + " " +
                        std::string(data.deal_name(p.deal)) + " " + std::string(data.patent_name(p.patent)));
    CHECK(found == std::vector<std::string>{"4 duplicate-row S1 US100", "5 break S2 US100", "6 self-transfer X1 US100",
                                            "8 release-without-lien R1 US100", "10 conflicting-transfer C2 US100",
                                            "11 date-out-of-range O1 US200", "12 date-out-of-range F1 US200"});
    CHECK(result.errors == 4);
    CHECK(result.warnings == 3);
    CHECK(result.counts[std::size_t(ProblemCode::date_out_of_range)] == 2);
    CHECK(severity_of(ProblemCode::chain_break) == Severity::error);
    CHECK(severity_of(ProblemCode::duplicate_row) == Severity::warning);
}

TEST_CASE("clean data has nothing to report", "[check]") {
    Dataset data = load_rows("E1,2001-01-10,employer,Smith,Alpha,US1\nS1,2003-05-01,assignment,Alpha,Beta,US1\n");
    PatentHistory history(data);
    CheckResult result = check_data(data, history, {});
    CHECK(result.problems.empty());
    CHECK(result.errors + result.warnings == 0);
}

TEST_CASE("problems by deal: one row per code and deal, with its distinct patents; ignored codes left out", "[check]") {
    Dataset data = load_rows("S1,2010-01-01,assignment,Alpha,Beta,US1\n"
                             "S1,2010-01-01,assignment,Alpha,Beta,US2\n"
                             "S2,2011-01-01,assignment,Gamma,Delta,US1\n"   // breaks on US1 and US2
                             "S2,2011-01-01,assignment,Gamma,Delta,US2\n"
                             "R1,2012-01-01,release,Bank,Delta,US1\n");     // a release without lien
    PatentHistory history(data);
    CheckResult all = check_data(data, history, {});
    auto rows = problems_by_deal(all);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].code == ProblemCode::chain_break);
    CHECK(data.deal_name(rows[0].deal) == "S2");
    CHECK(rows[0].patents == 2);
    CHECK(rows[1].code == ProblemCode::release_without_lien);
    CheckOptions options;
    options.ignored[std::size_t(ProblemCode::chain_break)] = true;
    CheckResult some = check_data(data, history, options);
    CHECK(some.ignored == 2);
    CHECK(some.errors == 0);
    CHECK(some.problems.size() == 1);
}
