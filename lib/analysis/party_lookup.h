#pragma once
// Finding the parties an analyst means by a name given on the command line (--party, --from, --to, --via,
// --around): the party with that key (or a key an alias or group file merged into it); else every party whose key
// starts with the name's words (`Goldman Sachs` finds GOLDMAN SACHS BANK USA); else none, with the parties whose
// keys look most like it, for a "did you mean".
#include "model/dataset.h"

#include <string>
#include <string_view>
#include <vector>

namespace patlap {

struct PartyMatch {
    enum class How { exact, prefix, none };
    How how = How::none;
    std::vector<PartyId> parties;      // what the name matches, by display name
    std::vector<PartyId> suggestions;  // with How::none: the closest parties, closest first (at most three)
};

PartyMatch match_party(const Dataset& data, std::string_view name);

// What to tell the analyst of a match, or "" for an exact one: `--party "Goldman Sachs" is GOLDMAN SACHS BANK USA
// (the parties whose names start with its words)`, or `no party "Goldmann" in the data; did you mean GOLDMAN
// SACHS BANK USA?`. `option` names where the name was given ("--party").
std::string describe_match(const Dataset& data, std::string_view option, std::string_view name, const PartyMatch& match);

// Whether match_party could take a party with key `key` for a name whose key is `name_key` (see party_key): the
// same key, or one that starts with its words. For a filter that drops rows while they load, before every party
// is known (and with no alias or group file, whose merged keys this does not see).
bool may_match(std::string_view name_key, std::string_view key);

// The party with exactly this name's key (or a key merged into it), or npos.
PartyId find_party(const Dataset& data, std::string_view name);

}  // namespace patlap
