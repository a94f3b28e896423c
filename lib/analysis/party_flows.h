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

// Pairs by the from party's display name, then the to party's. `kinds`: only transfers of these kinds (0: all).
std::vector<PartyFlow> party_flows(const Dataset& data, const PartyGraph& graph, KindSet kinds);

}  // namespace patlap
