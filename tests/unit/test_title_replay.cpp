#include "analysis/owners.h"
#include "analysis/title_replay.h"
#include "ownership_rows.h"

#include <catch2/catch.hpp>

using namespace patlap;

namespace {

std::string names(const Dataset& data, std::span<const PartyId> parties) {
    std::vector<std::string> sorted;
    for (PartyId p : parties) sorted.emplace_back(data.party_key(p));
    std::sort(sorted.begin(), sorted.end());
    std::string out;
    for (const auto& s : sorted) out += (out.empty() ? "" : "+") + s;
    return out;
}

// Per event: "owners|liens|licensees|flag".
std::vector<std::string> replay(const Dataset& data, const char* patent) {
    PatentHistory history(data);
    TitleReplay title(data);
    std::vector<std::string> out;
    PatentId p = data.patents.find(patent);
    for (std::uint32_t e = history.first_event(p); e < history.first_event(p + 1); ++e) {
        EventFlag flag = title.apply(history.event_rows(e));
        out.push_back(names(data, title.owners()) + "|" + names(data, title.liens()) + "|" +
                      names(data, title.licensees()) + "|" + std::string(flag_name(flag)));
    }
    return out;
}

}  // namespace

TEST_CASE("a clean three-step chain", "[replay]") {
    Dataset data = load_rows("E,2001-01-10,employer,Smith,Alpha Corp,US1\n"
                             "E,2001-01-10,employer,Jones,Alpha Corp,US1\n"
                             "S1,2003-05-01,assignment,Alpha Corporation,Beta Inc,US1\n"
                             "S2,2006-07-15,assignment,BETA INC.,Gamma LLC,US1\n");
    CHECK(replay(data, "US1") == std::vector<std::string>{"ALPHA|||", "BETA|||", "GAMMA|||"});
}

TEST_CASE("a transfer from a party without title is a break, and its buyer becomes the owner", "[replay]") {
    Dataset data = load_rows("S1,2003-01-01,assignment,Alpha,Beta,US1\n"
                             "S2,2004-01-01,assignment,Delta,Gamma,US1\n"
                             "S3,2005-01-01,assignment,Gamma,Omega,US1\n");
    CHECK(replay(data, "US1") == std::vector<std::string>{"BETA|||", "GAMMA|||break", "OMEGA|||"});
}

TEST_CASE("co-owners: several buyers in one deal, then one sells its share", "[replay]") {
    Dataset data = load_rows("S1,2004-03-01,assignment,Alpha,Beta,US1\n"
                             "S1,2004-03-01,assignment,Alpha,Gamma,US1\n"
                             "S2,2007-03-01,assignment,Beta,Delta,US1\n"
                             "S3,2008-03-01,assignment,Delta,Omega,US1\n"
                             "S3,2008-03-01,assignment,Gamma,Omega,US1\n");
    CHECK(replay(data, "US1") == std::vector<std::string>{"BETA+GAMMA|||", "DELTA+GAMMA|||", "OMEGA|||"});
}

TEST_CASE("liens: security adds, release removes, a release with no lien is flagged", "[replay]") {
    Dataset data = load_rows("L1,2002-01-01,security,Alpha,First Bank,US1\n"
                             "L2,2002-02-01,security,Alpha,Second Bank,US1\n"
                             "R1,2004-01-01,release,First Bank,Alpha,US1\n"
                             "R2,2005-01-01,release,Third Bank,Alpha,US1\n"
                             "S1,2006-01-01,assignment,Alpha,Beta,US1\n");
    // Before any title-moving event, the lien's grantor is the owner as far as the data knows (inferred).
    CHECK(replay(data, "US1") == std::vector<std::string>{"ALPHA|FIRST BANK||", "ALPHA|FIRST BANK+SECOND BANK||",
                                                          "ALPHA|SECOND BANK||", "ALPHA|SECOND BANK||release-without-lien",
                                                          "BETA|SECOND BANK||"});
}

TEST_CASE("a licence granted before a sale survives it", "[replay]") {
    Dataset data = load_rows("E,2000-01-01,employer,Jones,Alpha,US1\n"
                             "K,2002-02-02,license,Alpha,Omega,US1\n"
                             "S,2003-03-03,assignment,Alpha,Beta,US1\n");
    CHECK(replay(data, "US1") == std::vector<std::string>{"ALPHA|||", "ALPHA||OMEGA|", "BETA||OMEGA|"});
}

TEST_CASE("a name change passes title to the new name, which can sell without a break", "[replay]") {
    Dataset data = load_rows("S8,2001-01-01,assignment,Alpha,Beta Inc,US1\n"
                             "N1,2002-01-01,name-change,Beta Inc,Betamax Inc,US1\n"
                             "S9,2003-01-01,assignment,Betamax Inc,Gamma,US1\n");
    CHECK(replay(data, "US1") == std::vector<std::string>{"BETA|||", "BETAMAX|||", "GAMMA|||"});
}

TEST_CASE("another inventor signing later and a corrective assignment to the owner are not breaks", "[replay]") {
    Dataset data = load_rows("E,2001-01-01,employer,Smith,Alpha,US1\n"
                             "E,2001-01-20,employer,Jones,Alpha,US1\n"
                             "C,2002-01-01,correction,Someone,Alpha,US1\n");
    CHECK(replay(data, "US1") == std::vector<std::string>{"ALPHA|||", "ALPHA|||", "ALPHA|||"});
}

TEST_CASE("two deals moving one patent to different parties on one day conflict", "[replay]") {
    Dataset data = load_rows("E,2010-01-01,employer,Lee,Alpha,US1\n"
                             "C2,2012-06-01,assignment,Alpha,Omega,US1\n"
                             "C1,2012-06-01,assignment,Alpha,Delta,US1\n");
    CHECK(replay(data, "US1") == std::vector<std::string>{"ALPHA|||", "DELTA|||", "OMEGA|||conflicting-transfer"});
}

TEST_CASE("owners on a date, and one party's portfolio", "[owners]") {
    Dataset data = load_rows("E,2000-01-01,employer,Jones,Alpha,US1\n"
                             "K,2002-02-02,license,Alpha,Omega,US1\n"
                             "S,2003-03-03,assignment,Alpha,Beta,US1\n"
                             "E,2000-01-01,employer,Jones,Alpha,US2\n"
                             "R,2001-01-01,release,Bank,Alpha,US3\n");
    PatentHistory history(data);
    auto describe = [&](const OwnerList& list) {
        std::vector<std::string> out;
        for (const auto& r : list.records)
            out.push_back(std::string(data.patent_name(r.patent)) + "=" + names(data, list.owners(r)) + "@" +
                          format_date(r.since) + "/" + names(data, list.licensees(r)) + " " +
                          std::string(basis_name(r.basis)));
        return out;
    };
    CHECK(describe(find_owners(data, history, {})) ==
          std::vector<std::string>{"US1=BETA@2003-03-03/OMEGA recorded", "US2=ALPHA@2000-01-01/ recorded",
                                   "US3=ALPHA@2001-01-01/ inferred-from-lien"});
    CHECK(describe(find_owners(data, history, {20030302, {}})) ==
          std::vector<std::string>{"US1=ALPHA@2000-01-01/OMEGA recorded", "US2=ALPHA@2000-01-01/ recorded",
                                   "US3=ALPHA@2001-01-01/ inferred-from-lien"});
    CHECK(describe(find_owners(data, history, {19991231, {}})).empty());
    CHECK(describe(find_owners(data, history, {0, {data.parties.find("ALPHA")}})) ==
          std::vector<std::string>{"US2=ALPHA@2000-01-01/ recorded", "US3=ALPHA@2001-01-01/ inferred-from-lien"});
}

TEST_CASE("inventors who have not assigned before add their shares: no break, their employers join", "[replay]") {
    // Two sets of co-inventors sign to two companies of one group; then a late inventor signs to one of them.
    Dataset data = load_rows("E1,2015-06-09,employer,\"LU, ZHENG\",Henkel IP GmbH,US1\n"
                             "E2,2015-11-01,employer,\"LI, JINYOU\",Henkel AG,US1\n"
                             "E3,2015-12-17,employer,\"LODA, MASSIMO\",Henkel AG,US1\n");
    CHECK(replay(data, "US1") ==
          std::vector<std::string>{"HENKEL IP|||", "HENKEL+HENKEL IP|||", "HENKEL+HENKEL IP|||"});
}

TEST_CASE("inventors who assigned before and assign again to a stranger break the chain", "[replay]") {
    Dataset data = load_rows("E1,2010-01-01,employer,\"SMITH, ANN\",Alpha,US1\n"
                             "E2,2012-01-01,employer,\"SMITH, ANN\",Beta,US1\n"
                             "E3,2013-01-01,employer,\"SMITH, ANN\",Beta,US1\n");  // to the owner again: no break
    CHECK(replay(data, "US1") == std::vector<std::string>{"ALPHA|||", "BETA|||break", "BETA|||"});
}

TEST_CASE("an inventor's share after a sale joins the buyer, as the record says", "[replay]") {
    Dataset data = load_rows("E1,2010-01-01,employer,\"SMITH, ANN\",Alpha,US1\n"
                             "S1,2011-01-01,assignment,Alpha,Beta,US1\n"
                             "E2,2012-01-01,employer,\"JONES, BOB\",Alpha,US1\n");  // a late signature to the seller
    CHECK(replay(data, "US1") == std::vector<std::string>{"ALPHA|||", "BETA|||", "ALPHA+BETA|||"});
}

TEST_CASE("before any title event, a lien's grantor or a licensor is the owner, inferred, and no break", "[replay]") {
    Dataset data = load_rows("L1,2010-01-01,security,Alpha,Bank,US1\n"
                             "S1,2012-01-01,assignment,Alpha,Beta,US1\n"   // the inferred owner sells: recorded now
                             "K1,2010-01-01,license,Gamma,Delta,US2\n"
                             "S2,2011-01-01,assignment,Epsilon,Zeta,US2\n"  // another seller: no break from inferred
                             "R1,2010-01-01,release,Bank,Theta,US3\n");      // released to its grantor
    auto bases = [&](const char* patent) {
        PatentHistory history(data);
        TitleReplay title(data);
        std::vector<std::string> out;
        PatentId p = data.patents.find(patent);
        for (std::uint32_t e = history.first_event(p); e < history.first_event(p + 1); ++e) {
            EventFlag flag = title.apply(history.event_rows(e));
            out.push_back(names(data, title.owners()) + " " + std::string(basis_name(title.basis())) + " " +
                          format_date(title.owners_since()) + " " + std::string(flag_name(flag)));
        }
        return out;
    };
    CHECK(bases("US1") == std::vector<std::string>{"ALPHA inferred-from-lien 2010-01-01 ", "BETA recorded 2012-01-01 "});
    CHECK(bases("US2") ==
          std::vector<std::string>{"GAMMA inferred-from-licence 2010-01-01 ", "ZETA recorded 2011-01-01 "});
    // The lien released predates the data: flagged, and its grantor is still the owner as far as the data knows.
    CHECK(bases("US3") == std::vector<std::string>{"THETA inferred-from-lien 2010-01-01 release-without-lien"});
}
