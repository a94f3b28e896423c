#pragma once
// Changing who the parties are after loading: merging the parties an alias file says are one, or rolling
// parties up into their corporate groups. Every report then sees only the new parties.
#include "model/dataset.h"
#include "model/party_aliases.h"

#include <string>
#include <vector>

namespace patlap {

struct PartyMapping {
    StringPool keys;                 // the new parties' keys
    std::vector<std::string> names;  // per new party: its name, or empty to keep the old one (the most frequent
                                     // spelling when several old parties merge)
    std::vector<PartyId> party_of;   // per current party: the new party it becomes
};

// Renames the parties of every transfer and spelling. Rows of a deal that become identical (the same patent
// moved between the same parties, of the same kind and date) are kept once; they are not counted as duplicate
// rows, which stay as found on loading. The data must have been loaded with parties.
void apply_party_mapping(Dataset& data, PartyMapping mapping);

// Each party whose key an alias names becomes the party it resolves to, named as the alias file writes it.
PartyMapping alias_mapping(const Dataset& data, const std::vector<PartyAlias>& aliases);

}  // namespace patlap
