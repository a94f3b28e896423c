#include "analysis/party_suggestions.h"
#include "input/transfer_loader.h"

#include <catch2/catch.hpp>
#include <set>

using namespace patlap;

TEST_CASE("bounded edit distance counts swaps as one edit and stops past the limit", "[suggest]") {
    CHECK(bounded_edit_distance("BUSINESS", "BUISNESS", 2) == 1);
    CHECK(bounded_edit_distance("SERVICE", "SERVICES", 1) == 1);
    CHECK(bounded_edit_distance("KITTEN", "SITTING", 3) == 3);
    CHECK(bounded_edit_distance("KITTEN", "SITTING", 2) == 3);
    CHECK(bounded_edit_distance("ABCDEFGH", "HGFEDCBA", 2) == 3);
    CHECK(bounded_edit_distance("", "AB", 2) == 2);
    CHECK(bounded_edit_distance("SAME", "SAME", 0) == 0);
}

TEST_CASE("suggestions on real near-duplicates: the misspellings in, the unrelated out", "[suggest]") {
    Dataset data = load_transfers({std::string(PATLAP_FIXTURES) + "/parties/suggest.csv"}, {});
    SuggestionFigures figures;
    auto suggestions = suggest_merges(data, default_min_score, figures);
    std::set<std::pair<std::string, std::string>> pairs;
    for (const auto& s : suggestions) {
        std::string a(data.party_name(s.a)), b(data.party_name(s.b));
        pairs.emplace(std::min(a, b), std::max(a, b));
    }
    auto suggested = [&](std::string a, std::string b) { return pairs.count({std::min(a, b), std::max(a, b)}) > 0; };
    CHECK(suggested("INTERNATIONAL BUISNESS MACHINES CORP", "INTERNATIONAL BUSINESS MACHINES CORPORATION"));
    CHECK(suggested("U.S. WELL SERVICE HOLDINGS, LLC", "U.S. WELL SERVICES HOLDINGS, LLC"));
    CHECK(suggested("U. S. WELL SERVICES, INC.", "U.S. WELL SERVICES, LLC"));
    // Spellings with one key are one party already, never a suggestion.
    PartyId well = data.parties.find("US WELL SERVICES");
    REQUIRE(well != StringPool::npos);
    for (const char* spelling : {"US WELL SERVICES LLC", "U.S. WELL SERVICES, LLC", "US WELL SERVICES, LLC."})
        CHECK(data.spelling_party[data.spellings.find(spelling)] == well);
    // A misspelt role qualifier is cut from the key (split_role), so these are one party too.
    CHECK(data.spelling_party[data.spellings.find("U.S. BANK NATIONAL ASSOCIATION, AS ADMINSTRATIVE AGENT")] ==
          data.spelling_party[data.spellings.find("U.S. BANK NATIONAL ASSOCIATION, AS ADMINISTRATIVE AGENT")]);
    CHECK_FALSE(suggested("ACME SYSTEMS INC", "ZENITH SYSTEMS LLC"));
    CHECK_FALSE(suggested("ORBITAL SYSTEMS CORP", "KESTREL SYSTEMS LTD"));
    CHECK_FALSE(suggested("PELICAN INC", "QUARTZ INC"));
    CHECK_FALSE(suggested("FTS INTERNATIONAL SERVICES, LLC", "U.S. WELL SERVICES, LLC"));
    CHECK_FALSE(suggested("INTERNATIONAL TEST SOLUTIONS LLC", "INTERNATIONAL BUSINESS MACHINES CORPORATION"));
    CHECK_FALSE(suggested("USWS FLEET 10, LLC", "USWS FLEET 11, LLC"));
    for (std::size_t i = 1; i < suggestions.size(); ++i) CHECK(suggestions[i - 1].score >= suggestions[i].score);
    CHECK(figures.candidate_pairs < figures.parties * (figures.parties - 1) / 2);
}
