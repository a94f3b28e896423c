#pragma once
// Reading the analyst's two small CSV files about parties (a header row, then one pair a line):
//  - an alias file, columns `name,party`: the name is another way of writing that party;
//  - a group file, columns `party,group`: the party belongs to that corporate family.
#include "model/party_aliases.h"

#include <string>
#include <vector>

namespace patlap {

// Throws InputError (FILE:LINE) on a missing, repeated or unknown column, a row with the wrong number of fields,
// an empty name or one without letters or digits, a name given two different parties, or a cycle.
// Besides one entry per name key, every final party gets an entry of its own key, which gives it its name.
std::vector<PartyAlias> read_alias_file(const std::string& path);

// Throws InputError as read_alias_file does, and when one party is put in two different groups.
std::vector<GroupMember> read_group_file(const std::string& path);

}  // namespace patlap
