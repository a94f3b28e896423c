#pragma once
// The analyst's knowledge of parties, as read from an alias file and a group file (input/party_files.h):
//  - an alias: a name that is another way of writing a party;
//  - a group member: a party that belongs to a corporate family.
// Every name is known by its party key (party_name.h), so one entry covers all spellings with that key.
#include <cstdint>
#include <string>
#include <vector>

namespace patlap {

// One name key of an alias file and the party it resolves to. Chains are followed (A -> B and B -> C give
// A -> C); a cycle is an error. The party's name is as the alias file first writes it.
struct PartyAlias {
    std::string name_key;
    std::string party;
    std::string party_key;
};

// One line of a group file. A group is known by its key; its name is as the file first writes it.
struct GroupMember {
    std::string party_key;
    std::string group;
    std::string group_key;
    std::uint64_t line;
};

}  // namespace patlap
