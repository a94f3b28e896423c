#pragma once
// The party-to-party matrix: for each ordered pair of parties with at least one transfer between them, how many
// deals and distinct patents, and over which dates. What `patlap flows` lists.
#include "model/party_graph.h"

#include <cstdint>
#include <vector>

namespace patlap {

struct PartyFlow {
    PartyId from, to;
    std::uint32_t deals = 0, patents = 0;
    Date first_date = 0, last_date = 0;
};

// Which transfers count.
struct FlowsFilter {
    KindSet kinds = 0;           // only these kinds (0: all)
    std::vector<char> parties;   // per party: only transfers from or to a marked one (empty: all)
    Date since = 0, until = 0;   // only transfers dated in [since, until] (0: open end)
};

// Pairs by the from party's display name, then the to party's.
std::vector<PartyFlow> party_flows(const Dataset& data, const PartyGraph& graph, const FlowsFilter& filter);

}  // namespace patlap
