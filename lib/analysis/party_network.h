#pragma once
// The party graph `patlap graph` draws: one node per party, and one edge per ordered party pair and kind (or per
// deal, party pair and kind), each edge summing up the rows behind it.
#include "model/dataset.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace patlap {

struct PartyNetworkOptions {
    std::vector<char> selected;           // per deal: its rows may be drawn (empty: all)
    bool by_deal = false;                 // one edge per deal, party pair and kind
    std::uint32_t min_patents = 1;        // leave out edges with fewer distinct patents
    std::optional<PartyId> around;        // only parties within `depth` edges of this one (npos: none at all)
    unsigned depth = 1;
};

struct PartyNode {
    PartyId party;
    std::uint32_t patents_held;  // owned at the end of the data, inferred owners too (see owners.h), whatever the filters
};

struct PartyEdge {
    std::uint32_t from, to;        // indexes into PartyNetwork::nodes
    TransferKind kind;
    DealId deal;                   // with by_deal; otherwise StringPool::npos
    std::uint32_t deals, patents;  // distinct deals and patents on the rows behind the edge
    Date first_date, last_date;    // earliest and latest date on those rows
};

struct PartyNetwork {
    std::vector<PartyNode> nodes;  // by display name
    std::vector<PartyEdge> edges;  // by from, to (in node order), kind, then deal identifier
};

PartyNetwork build_party_network(const Dataset& data, const PartyNetworkOptions& options);

}  // namespace patlap
