#include "analysis/flow.h"

#include "analysis/name_order.h"

#include <algorithm>
#include <map>

namespace patlap {
namespace {

constexpr std::uint32_t no_row = ~std::uint32_t(0);

// Earliest arrival of one patent at each party, over a handful of parties: a flat list beats a hash map here.
class Arrivals {
public:
    void start(PartyId party, Date date) {
        reached_.clear();
        reached_.push_back({party, date, no_row});
    }
    const auto* find(PartyId party) const {
        for (const auto& r : reached_)
            if (r.party == party) return &r;
        return static_cast<const Reached*>(nullptr);
    }
    void reach(PartyId party, Date date, std::uint32_t row) { reached_.push_back({party, date, row}); }
    // The rows leading to `party`, appended in path order.
    void path_to(PartyId party, const Dataset& data, std::vector<std::uint32_t>& out) const {
        std::size_t begin = out.size();
        for (const Reached* r = find(party); r && r->row != no_row; r = find(data.transfers[r->row].from))
            out.push_back(r->row);
        std::reverse(out.begin() + std::ptrdiff_t(begin), out.end());
    }

private:
    struct Reached {
        PartyId party;
        Date date;
        std::uint32_t row;  // the transfer that brought it (no_row for the start)
    };
    std::vector<Reached> reached_;
};

bool followed(const Transfer& t, const FlowQuery& query) {
    return (moves_title(t.kind) || (query.include_licenses && t.kind == TransferKind::license)) &&
           (!query.as_of || t.date <= query.as_of);
}

// Scans the patent's rows (in date order) once, from `source` reached on `start`; returns whether `target` was
// reached. Rows of one date may chain in any order, so a date's rows are rescanned until nothing new is reached.
bool search(const Dataset& data, std::span<const std::uint32_t> rows, PartyId source, Date start, PartyId target,
            const FlowQuery& query, Arrivals& arrivals) {
    arrivals.start(source, start);
    for (std::size_t i = 0; i < rows.size();) {
        Date date = data.transfers[rows[i]].date;
        std::size_t j = i;
        while (j < rows.size() && data.transfers[rows[j]].date == date) ++j;
        if (date >= start) {
            for (bool grew = true; grew;) {
                grew = false;
                for (std::size_t k = i; k < j; ++k) {
                    const Transfer& t = data.transfers[rows[k]];
                    if (!followed(t, query) || !arrivals.find(t.from) || arrivals.find(t.to)) continue;
                    arrivals.reach(t.to, date, rows[k]);
                    grew = true;
                }
            }
            if (arrivals.find(target)) return true;
        }
        i = j;
    }
    return false;
}

}  // namespace

FlowResult find_flows(const Dataset& data, const PartyGraph& graph, const FlowQuery& query) {
    FlowResult result;
    if (query.from == StringPool::npos || query.to == StringPool::npos || query.from == query.to) return result;
    std::vector<char> wanted(data.patents.size(), 0);
    for (std::uint32_t row : graph.transfers_from(query.from))
        if (followed(data.transfers[row], query)) wanted[data.transfers[row].patent] = 1;
    PatentHistory history(data, wanted);

    bool via = query.via != StringPool::npos && query.via != query.from && query.via != query.to;
    Arrivals arrivals;
    for (PatentId patent = 0; patent < data.patents.size(); ++patent) {
        if (!wanted[patent]) continue;
        auto rows = history.patent_rows(patent);
        FlowPath path{patent, std::uint32_t(result.steps.size()), 0};
        if (via) {
            if (!search(data, rows, query.from, 0, query.via, query, arrivals)) continue;
            Date at_via = arrivals.find(query.via)->date;
            arrivals.path_to(query.via, data, result.steps);
            if (!search(data, rows, query.via, at_via, query.to, query, arrivals)) {
                result.steps.resize(path.step_begin);
                continue;
            }
        } else if (!search(data, rows, query.from, 0, query.to, query, arrivals)) {
            continue;
        }
        arrivals.path_to(query.to, data, result.steps);
        path.step_end = std::uint32_t(result.steps.size());
        result.paths.push_back(path);
    }
    std::sort(result.paths.begin(), result.paths.end(), [&](const FlowPath& a, const FlowPath& b) {
        return data.patent_name(a.patent) < data.patent_name(b.patent);
    });
    return result;
}

std::vector<FlowRoute> summarize_flows(const Dataset& data, const FlowResult& flows) {
    std::map<std::vector<PartyId>, FlowRoute> routes;
    for (const FlowPath& path : flows.paths) {
        auto steps = flows.steps_of(path);
        std::vector<PartyId> parties{data.transfers[steps.front()].from};
        for (std::uint32_t row : steps) parties.push_back(data.transfers[row].to);
        FlowRoute& route = routes[parties];
        Date first = data.transfers[steps.front()].date, last = data.transfers[steps.back()].date;
        if (route.patents == 0 || first < route.first_date) route.first_date = first;
        if (last > route.last_date) route.last_date = last;
        ++route.patents;
    }
    std::vector<FlowRoute> out;
    for (auto& [parties, route] : routes) {
        route.parties = parties;
        out.push_back(std::move(route));
    }
    auto rank = party_name_rank(data);
    std::sort(out.begin(), out.end(), [&](const FlowRoute& a, const FlowRoute& b) {
        if (a.patents != b.patents) return a.patents > b.patents;
        return std::lexicographical_compare(a.parties.begin(), a.parties.end(), b.parties.begin(), b.parties.end(),
                                            [&](PartyId x, PartyId y) { return rank[x] < rank[y]; });
    });
    return out;
}

}  // namespace patlap
