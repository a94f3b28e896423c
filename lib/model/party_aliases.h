#pragma once
// The analyst's knowledge of parties, from two small CSV files (a header row, then one pair a line):
//  - an alias file, columns `name,party`: the name is another way of writing that party;
//  - a group file, columns `party,group`: the party belongs to that corporate family.
// Every name is matched by its party key (party_name.h), so one line covers all spellings with that key.
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

// Throws InputError (FILE:LINE) on a missing, repeated or unknown column, a row with the wrong number of fields,
// an empty name or one without letters or digits, a name given two different parties, or a cycle.
// Besides one entry per name key, every final party gets an entry of its own key, which gives it its name.
std::vector<PartyAlias> read_alias_file(const std::string& path);

// One line of a group file. A group is known by its key; its name is as the file first writes it.
struct GroupMember {
    std::string party_key;
    std::string group;
    std::string group_key;
    std::uint64_t line;
};

// Throws InputError as read_alias_file does, and when one party is put in two different groups.
std::vector<GroupMember> read_group_file(const std::string& path);

}  // namespace patlap
