#include "analysis/flow.h"

#include "analysis/name_order.h"

#include <algorithm>
#include <map>

namespace patlap {
namespace {

constexpr std::uint32_t no_row = ~std::uint32_t(0);

// Earliest arrival of one patent at each party: the parties reached, and where each sits among them (a dense index
// over all parties, put back after each patent in time proportional to the parties it reached).
class Arrivals {
public:
    explicit Arrivals(std::size_t party_count) : slot_(party_count, no_slot) {}
    void start(PartyId party, Date date) {
        for (const Reached& r : reached_) slot_[r.party] = no_slot;
        reached_.clear();
        reach(party, date, no_row);
    }
    const auto* find(PartyId party) const {
        return slot_[party] == no_slot ? static_cast<const Reached*>(nullptr) : &reached_[slot_[party]];
    }
    void reach(PartyId party, Date date, std::uint32_t row) {
        slot_[party] = std::uint32_t(reached_.size());
        reached_.push_back({party, date, row});
    }
    // The rows leading to `party`, appended in path order.
    void path_to(PartyId party, const Dataset& data, std::vector<std::uint32_t>& out) const {
        std::size_t begin = out.size();
        for (const Reached* r = find(party); r && r->row != no_row; r = find(data.transfers[r->row].from))
            out.push_back(r->row);
        std::reverse(out.begin() + std::ptrdiff_t(begin), out.end());
    }

private:
    static constexpr std::uint32_t no_slot = ~std::uint32_t(0);
    struct Reached {
        PartyId party;
        Date date;
        std::uint32_t row;  // the transfer that brought it (no_row for the start)
    };
    std::vector<Reached> reached_;
    std::vector<std::uint32_t> slot_;
};

bool followed(const Transfer& t, const FlowQuery& query) {
    return (moves_title(t.kind) || (query.include_licenses && t.kind == TransferKind::license)) &&
           (!query.as_of || t.date <= query.as_of);
}

// The rows of one date may chain in any order. Which row reaches a party is the one a scan of the date's rows in
// event order, repeated until nothing new is reached, would take first: a row is usable in scan `pass` at its
// position once its `from` was reached before that point. That is worked out directly, as a search ordered by
// (pass, position): each row is looked at once, when its `from` is reached, whatever the order of the rows.
class SameDayReach {
public:
    void run(const Dataset& data, std::span<const std::uint32_t> rows, Date date, const FlowQuery& query,
             Arrivals& arrivals) {
        by_from_.clear();
        for (std::uint32_t k = 0; k < rows.size(); ++k)
            if (followed(data.transfers[rows[k]], query)) by_from_.push_back({data.transfers[rows[k]].from, k});
        if (by_from_.empty()) return;
        std::sort(by_from_.begin(), by_from_.end());
        auto rows_from = [&](PartyId party) {
            return std::equal_range(by_from_.begin(), by_from_.end(), FromRow{party, 0},
                                    [](const FromRow& a, const FromRow& b) { return a.party < b.party; });
        };
        heap_.clear();
        for (const FromRow& r : by_from_)  // parties reached before this date: their rows are usable in pass 1
            if (arrivals.find(r.party)) push({1, r.position});
        while (!heap_.empty()) {
            std::pop_heap(heap_.begin(), heap_.end(), std::greater<>());
            Key key = heap_.back();
            heap_.pop_back();
            const Transfer& t = data.transfers[rows[key.position]];
            if (arrivals.find(t.to)) continue;
            arrivals.reach(t.to, date, rows[key.position]);
            auto [first, last] = rows_from(t.to);
            for (auto it = first; it != last; ++it)  // a later row in this pass, else the next pass
                push({it->position > key.position ? key.pass : key.pass + 1, it->position});
        }
    }

private:
    struct FromRow {
        PartyId party;
        std::uint32_t position;
        bool operator<(const FromRow& o) const { return party != o.party ? party < o.party : position < o.position; }
    };
    struct Key {
        std::uint32_t pass, position;
        bool operator>(const Key& o) const { return pass != o.pass ? pass > o.pass : position > o.position; }
    };
    void push(Key key) {
        heap_.push_back(key);
        std::push_heap(heap_.begin(), heap_.end(), std::greater<>());
    }
    std::vector<FromRow> by_from_;
    std::vector<Key> heap_;
};

// Scans the patent's rows (in date order) once, from `source` reached on `start`; returns whether `target` was
// reached.
bool search(const Dataset& data, std::span<const std::uint32_t> rows, PartyId source, Date start, PartyId target,
            const FlowQuery& query, Arrivals& arrivals, SameDayReach& same_day) {
    arrivals.start(source, start);
    for (std::size_t i = 0; i < rows.size();) {
        Date date = data.transfers[rows[i]].date;
        std::size_t j = i;
        while (j < rows.size() && data.transfers[rows[j]].date == date) ++j;
        if (date >= start) {
            same_day.run(data, rows.subspan(i, j - i), date, query, arrivals);
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
    Arrivals arrivals(data.parties.size());
    SameDayReach same_day;
    for (PatentId patent = 0; patent < data.patents.size(); ++patent) {
        if (!wanted[patent]) continue;
        auto rows = history.patent_rows(patent);
        FlowPath path{patent, std::uint32_t(result.steps.size()), 0};
        if (via) {
            if (!search(data, rows, query.from, 0, query.via, query, arrivals, same_day)) continue;
            Date at_via = arrivals.find(query.via)->date;
            arrivals.path_to(query.via, data, result.steps);
            if (!search(data, rows, query.via, at_via, query.to, query, arrivals, same_day)) {
                result.steps.resize(path.step_begin);
                continue;
            }
        } else if (!search(data, rows, query.from, 0, query.to, query, arrivals, same_day)) {
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
