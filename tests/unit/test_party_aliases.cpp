#include "base/errors.h"
#include "input/party_files.h"
#include "temp_file.h"

#include <catch2/catch.hpp>
#include <fmt/format.h>

using namespace patlap;

namespace {

// "LINE: message" of the error reading `text` as an alias file, or "no error".
std::string alias_error(std::string_view text) {
    TempDir dir;
    try {
        read_alias_file(dir.write("aliases.csv", text));
    } catch (const InputError& e) {
        return std::to_string(e.line()) + ": " + e.message();
    }
    return "no error";
}

std::string group_error(std::string_view text) {
    TempDir dir;
    try {
        read_group_file(dir.write("groups.csv", text));
    } catch (const InputError& e) {
        return std::to_string(e.line()) + ": " + e.message();
    }
    return "no error";
}

// "NAME KEY>PARTY KEY=Party name" per alias.
std::vector<std::string> describe(const std::vector<PartyAlias>& aliases) {
    std::vector<std::string> out;
    for (const auto& a : aliases) out.push_back(a.name_key + ">" + a.party_key + "=" + a.party);
    return out;
}

}  // namespace

TEST_CASE("alias names are matched by key, chains are followed and every final party is named", "[aliases]") {
    TempDir dir;
    auto aliases = read_alias_file(dir.write("a.csv", "party,NAME\nNokia Corporation,Nokia Oyj\nNokia Oy,Nokia Oyj\n"
                                                      "Microsoft Mobile Oy,MS Mobile\n"
                                                      "Microsoft Corporation,Microsoft Mobile Oy\n"));
    CHECK(describe(aliases) == std::vector<std::string>{"NOKIA>NOKIA=Nokia Corporation",
                                                        "MS MOBILE>MICROSOFT=Microsoft Corporation",
                                                        "MICROSOFT MOBILE>MICROSOFT=Microsoft Corporation",
                                                        "MICROSOFT>MICROSOFT=Microsoft Corporation"});
    CHECK(read_alias_file(dir.write("b.csv", "name,party\n")).empty());
}

TEST_CASE("a repeated alias line is harmless; a name given two parties is an error", "[aliases]") {
    CHECK(alias_error("name,party\nNokia Oyj,Nokia Corporation\nNOKIA OY,Nokia Corp.\n") == "no error");
    CHECK(alias_error("name,party\nMS Mobile,Microsoft\nMS MOBILE OY,Nokia\n") ==
          "3: \"MS MOBILE OY\" is already an alias of \"Microsoft\" (line 2); a name belongs to one party");
}

TEST_CASE("alias file errors name the line", "[aliases]") {
    CHECK(alias_error("") == "0: empty file: an alias file has a header row naming the columns name, party");
    CHECK(alias_error("name,party,note\n") ==
          "1: unknown column \"note\" (an alias file has a header row naming the columns name, party)");
    CHECK(alias_error("name\n") ==
          "1: missing column \"party\" (an alias file has a header row naming the columns name, party)");
    CHECK(alias_error("name,Name\n") == "1: column \"name\" appears twice");
    CHECK(alias_error("name,party\nA,B,C\n") == "2: expected 2 fields as in the header, found 3");
    CHECK(alias_error("name,party\n\n\" \",B\n") == "3: empty \"name\"");
    CHECK(alias_error("name,party\nA,\n") == "2: empty \"party\"");
    CHECK(alias_error("name,party\nA,&&\n") == "2: \"party\" \"&&\" has no letters or digits");
    CHECK(alias_error("name,party\nA,B\nB,C\nC Inc.,A\n") == "4: aliases form a cycle: A -> B -> C -> A");
    CHECK(alias_error("name,party\nA,A\n") == "no error");  // a name for itself only names the party
}

TEST_CASE("group files: one group per party, groups known by key", "[aliases]") {
    TempDir dir;
    auto members = read_group_file(dir.write("g.csv", "group,party\nMicrosoft,Microsoft Corporation\n"
                                                      "MICROSOFT INC,Microsoft Mobile Oy\n"
                                                      "Microsoft,MICROSOFT CORP\n"));
    REQUIRE(members.size() == 2);
    CHECK(members[1].party_key == "MICROSOFT MOBILE");
    CHECK(members[1].group == "Microsoft");
    CHECK(members[1].group_key == "MICROSOFT");
    CHECK(group_error("party,group\nNokia Oyj,Nokia\nNOKIA CORP,Microsoft\n") ==
          "3: \"NOKIA CORP\" is already in group \"Nokia\" (line 2); a party belongs to one group");
    CHECK(group_error("party,family\n") ==
          "1: unknown column \"family\" (a group file has a header row naming the columns party, group)");
    CHECK(group_error("party,group\nNokia,\n") == "2: empty \"group\"");
}

TEST_CASE("alias and group files must be UTF-8 text", "[aliases]") {
    CHECK(alias_error("name,party\nSoci\xE9t\xE9,SG\n") ==
          "2: \"name\": byte 5 (0xE9) is not UTF-8; convert the file to UTF-8 first (from Latin-1: iconv -f latin1 -t "
          "utf-8)");
    CHECK(group_error("party,group\nAcme,Gr\xFFoup\n").starts_with("2: \"group\": byte 3 (0xFF) is not UTF-8"));
    CHECK(alias_error("\x89PNG\x01\x02,x\n") == "1: not a CSV file: the first line is not text (binary data?)");
}

TEST_CASE("a chain of ten thousand aliases resolves in one pass", "[aliases]") {
    std::string text = "name,party\n";
    for (int i = 0; i < 10000; ++i) text += fmt::format("Name{},Name{}\n", i, i + 1);
    TempDir dir;
    auto aliases = read_alias_file(dir.write("chain.csv", text));
    REQUIRE(aliases.size() == 10001);  // every name, and the final party's own key
    for (std::size_t i = 0; i < 10000; ++i) CHECK(aliases[i].party_key == "NAME10000");
}
