#pragma once
// Patents that travelled from one party to another: for each patent, a time-respecting path of title-moving
// transfers (each step on or after the previous step's date) from party A to party B, optionally through C.
//
// The search starts from the party graph (model/party_graph.h): A's out-edges name the only patents that can
// qualify. Each such patent's transfers are then scanned once in date order (model/patent_history.h), keeping
// the earliest date each party received it from A's chain. That single ordered pass is the whole traversal: a
// graph search (Boost BFS on the party graph filtered by patent and date) would revisit A's out-edges for every
// patent, and cannot see that a step must not precede the one before it without re-checking dates per path.
#include "model/party_graph.h"
#include "model/patent_history.h"

#include <cstdint>
#include <span>
#include <vector>

namespace patlap {

struct FlowQuery {
    PartyId from = StringPool::npos;
    PartyId to = StringPool::npos;
    PartyId via = StringPool::npos;  // npos: any path
    Date as_of = 0;                  // only transfers on or before this date (0: all)
    bool include_licenses = false;   // also follow licence edges
};

struct FlowPath {
    PatentId patent;
    std::uint32_t step_begin, step_end;  // FlowResult::steps[step_begin, step_end): transfer indices, in path order
};

struct FlowResult {
    std::vector<FlowPath> paths;  // by patent key
    std::vector<std::uint32_t> steps;

    std::span<const std::uint32_t> steps_of(const FlowPath& path) const {
        return {steps.data() + path.step_begin, steps.data() + path.step_end};
    }
};

FlowResult find_flows(const Dataset& data, const PartyGraph& graph, const FlowQuery& query);

// The paths grouped by the parties they pass through: what `flow --summary` lists.
struct FlowRoute {
    std::vector<PartyId> parties;  // A, ..., B
    std::uint32_t patents = 0;
    Date first_date = 0, last_date = 0;  // earliest first step, latest last step
};

// Routes by patent count, most first, then by the parties' display names.
std::vector<FlowRoute> summarize_flows(const Dataset& data, const FlowResult& flows);

}  // namespace patlap
