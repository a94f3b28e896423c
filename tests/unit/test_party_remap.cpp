#include "analysis/deal_filter.h"
#include "analysis/deal_list.h"
#include "analysis/party_groups.h"
#include "analysis/party_remap.h"
#include "input/party_files.h"
#include "input/transfer_loader.h"
#include "temp_file.h"

#include <catch2/catch.hpp>

using namespace patlap;

namespace {

Dataset load_rows(const std::string& rows) {
    TempDir dir;
    return load_transfers({dir.write("in.csv", "deal,date,kind,from,to,patent\n" + rows)}, {});
}

std::vector<PartyAlias> aliases_of(const std::string& text) {
    TempDir dir;
    return read_alias_file(dir.write("a.csv", "name,party\n" + text));
}

std::vector<GroupMember> groups_of(const std::string& text) {
    TempDir dir;
    return read_group_file(dir.write("g.csv", "party,group\n" + text));
}

// "from>to" per transfer, by display name.
std::vector<std::string> moves(const Dataset& data) {
    std::vector<std::string> out;
    for (const Transfer& t : data.transfers)
        out.push_back(std::string(data.party_name(t.from)) + ">" + std::string(data.party_name(t.to)));
    return out;
}

using Strings = std::vector<std::string>;

}  // namespace

TEST_CASE("an alias merges parties under the alias file's name; rows made identical are kept once", "[remap]") {
    Dataset data = load_rows("D1,2014-01-01,assignment,Nokia Oyj,MS Mobile,US1\n"
                             "D1,2014-01-01,assignment,Nokia Oyj,Microsoft Mobile Oy,US1\n"
                             "D2,2015-01-01,license,Microsoft Corp.,Apple Inc.,US1\n");
    apply_party_mapping(data, alias_mapping(data, aliases_of("MS Mobile,Microsoft Mobile\n")));
    CHECK(data.parties.size() == 4);
    CHECK(moves(data) == Strings{"Nokia Oyj>Microsoft Mobile", "Microsoft Corp.>Apple Inc."});
    CHECK(data.deal_info[0].patents == 1);
    CHECK(data.duplicates.empty());
    // The old key still finds its party; the name from the alias file is not a spelling in the input.
    CHECK(data.party_name(find_party(data, "MS MOBILE LLC")) == "Microsoft Mobile");
    StringId label = data.spellings.find("Microsoft Mobile");
    REQUIRE(label != StringPool::npos);
    CHECK(data.spelling_count[label] == 0);
}

TEST_CASE("groups roll parties up; a transfer inside a group becomes one from the group to itself", "[remap]") {
    Dataset data = load_rows("D1,2014-01-01,assignment,Nokia Oyj,Microsoft Mobile Oy,US1\n"
                             "D2,2015-01-01,assignment,Microsoft Mobile Oy,Microsoft Corp.,US1\n"
                             "D3,2016-01-01,license,Apple Inc.,Xiaomi Inc.,US2\n");
    // Microsoft Corp. belongs to the group named with its key without being listed.
    apply_party_mapping(data, group_mapping(data, groups_of("Microsoft Mobile Oy,Microsoft\n"), false));
    CHECK(moves(data) == Strings{"Nokia Oyj>Microsoft", "Microsoft>Microsoft", "Apple Inc.>Xiaomi Inc."});
    CHECK(data.parties.size() == 4);
    CHECK(find_party(data, "Microsoft Mobile Oy") == find_party(data, "Microsoft"));
    DealSummary d2 = summarize_deal(data, 1);
    CHECK(d2.from == d2.to);
}

TEST_CASE("linked renames: name changes and mergers make families named after the survivor", "[remap]") {
    Dataset data = load_rows("N1,2012-01-01,name-change,Alpha Inc,Alphabet Corp,US1\n"
                             "M1,2013-01-01,merger,Beta LLC,Alphabet Corp,US2\n"
                             "N2,2011-01-01,name-change,Gamma Ltd,Delta Ltd,US3\n"
                             "A1,2014-01-01,assignment,Alphabet Corp,Delta Ltd,US1\n"
                             "L1,2014-01-01,license,Epsilon,Alpha Inc,US1\n");
    SECTION("without a group file") {
        apply_party_mapping(data, group_mapping(data, {}, true));
        CHECK(data.parties.size() == 3);
        CHECK(moves(data) == Strings{"Alphabet Corp>Alphabet Corp", "Alphabet Corp>Alphabet Corp",
                                     "Delta Ltd>Delta Ltd", "Alphabet Corp>Delta Ltd", "Epsilon>Alphabet Corp"});
    }
    SECTION("a group joins two families and names them") {
        apply_party_mapping(data, group_mapping(data, groups_of("Gamma,Greek Holdings\nBeta,Greek Holdings\n"), true));
        CHECK(data.parties.size() == 2);
        CHECK(moves(data).back() == "Epsilon>Greek Holdings");
    }
}

TEST_CASE("aliases then groups: an aliased name finds its group", "[remap]") {
    Dataset data = load_rows("D1,2014-01-01,assignment,MSFT,Xiaomi Inc.,US1\n"
                             "D2,2015-01-01,assignment,Microsoft Mobile Oy,Xiaomi Inc.,US2\n");
    apply_party_mapping(data, alias_mapping(data, aliases_of("MSFT,Microsoft Corporation\n")));
    apply_party_mapping(data, group_mapping(data, groups_of("Microsoft Corp,Microsoft group\n"
                                                            "Microsoft Mobile Oy,Microsoft group\n"), false));
    CHECK(moves(data) == Strings{"Microsoft group>Xiaomi Inc.", "Microsoft group>Xiaomi Inc."});
    CHECK(data.party_name(find_party(data, "MSFT")) == "Microsoft group");
}

TEST_CASE("an alias merges parties in a dataset of deals and patents only, in each deal's party list", "[remap]") {
    TempDir dir;
    LoadOptions compact;
    compact.deal_patents_only = true;
    Dataset data = load_transfers({dir.write("in.csv", "deal,date,kind,from,to,patent\n"
                                                       "D1,2014-01-01,assignment,Nokia Oyj,MS Mobile,US1\n"
                                                       "D1,2014-01-01,assignment,Nokia Oyj,Microsoft Mobile Oy,US2\n"
                                                       "D2,2015-01-01,license,Microsoft Corp.,Apple Inc.,US1\n")},
                                  compact);
    REQUIRE(data.deal_patents_only);
    CHECK(data.deal_parties(0).size() == 3);
    apply_party_mapping(data, alias_mapping(data, aliases_of("MS Mobile,Microsoft Mobile\n")));
    REQUIRE(data.deal_parties(0).size() == 2);  // Nokia, and the two Microsoft Mobile names as one
    std::vector<std::string> names;
    for (PartyId party : data.deal_parties(0)) names.emplace_back(data.party_name(party));
    std::sort(names.begin(), names.end());
    CHECK(names == Strings{"Microsoft Mobile", "Nokia Oyj"});
    CHECK(data.deal_parties(1).size() == 2);
    CHECK_THROWS_AS(group_mapping(data, {}, true), std::invalid_argument);
}
