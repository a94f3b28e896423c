#pragma once
// Rolling parties up into corporate families, from a group file and, optionally, from the data itself: a
// name change or a merger says that its two parties are one family.
#include "analysis/party_remap.h"

namespace patlap {

// Families are the connected components of a graph whose edges join each party to its group in `members`
// (a party whose key is a group's key, and that the file puts in no other group, belongs to that group) and,
// with `link_renames`, the two parties of each name-change or merger transfer. A family holding a group is
// named after it (after the group listed first when several groups end up joined); a family of renamed parties
// only is named after its survivor, the receiving party of its latest rename or merger (by date, then deal
// identifier); a party in no family stays itself. Linking renames needs the whole rows: not for a dataset
// loaded with deal_patents_only (throws std::invalid_argument).
PartyMapping group_mapping(const Dataset& data, const std::vector<GroupMember>& members, bool link_renames);

}  // namespace patlap
