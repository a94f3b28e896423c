#include "model/patent_history.h"

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/strong_components.hpp>
#include <numeric>

namespace patlap {
namespace {

// Orders rows of one event by their parties' display names, then keys. Only rows that tie on date, deal and kind
// get here, so names are compared directly rather than ranked up front.
class PartyOrder {
public:
    explicit PartyOrder(const Dataset& data) : data_(data) {}
    bool less(const Transfer& a, const Transfer& b) {
        if (a.from != b.from) return before(a.from, b.from);
        if (a.to != b.to) return before(a.to, b.to);
        return false;
    }

private:
    bool before(PartyId a, PartyId b) {
        return std::pair(data_.party_name(a), data_.party_key(a)) < std::pair(data_.party_name(b), data_.party_key(b));
    }
    const Dataset& data_;
};

}  // namespace

// Within one date, a title transfer out of a party goes after the title transfer that brought the patent to that
// party, so a chain recorded on one day (A to B in deal 9, B to C in deal 1) replays as a chain whatever the deal
// identifiers. The day's title rows are a small graph of parties (from -> to); each party's level is the length of
// the longest chain of the day that reaches it, parties on a cycle sharing one (their strongly connected
// components, by Boost.Graph). An event goes by the highest level among its `from` parties, then keeps its order
// (deal identifier, then kind): time in proportion to the day's rows and their logarithm, whatever their shape.
void PatentHistory::chain_same_day_events(const Dataset& data, std::uint32_t first_event, std::uint32_t end_event,
                                          std::uint32_t end_row) {
    auto date_of = [&](std::uint32_t e) { return data.transfers[rows_[event_row_begin_[e]]].date; };
    auto rows_of = [&](std::uint32_t e) {
        std::uint32_t end = e + 1 < end_event ? event_row_begin_[e + 1] : end_row;
        return std::span<const std::uint32_t>(rows_.data() + event_row_begin_[e], rows_.data() + end);
    };
    for (std::uint32_t run = first_event; run < end_event;) {
        std::uint32_t run_end = run + 1;
        while (run_end < end_event && date_of(run_end) == date_of(run)) ++run_end;
        if (run_end - run > 1) order_one_day(data, run, run_end, rows_of);
        run = run_end;
    }
}

template <class RowsOf>
void PatentHistory::order_one_day(const Dataset& data, std::uint32_t run, std::uint32_t run_end, RowsOf rows_of) {
    // The day's parties as local vertices.
    std::vector<PartyId> parties;
    for (std::uint32_t e = run; e < run_end; ++e)
        for (std::uint32_t row : rows_of(e))
            if (moves_title(data.transfers[row].kind)) {
                parties.push_back(data.transfers[row].from);
                parties.push_back(data.transfers[row].to);
            }
    std::sort(parties.begin(), parties.end());
    parties.erase(std::unique(parties.begin(), parties.end()), parties.end());
    if (parties.empty()) return;
    auto vertex = [&](PartyId p) { return std::size_t(std::lower_bound(parties.begin(), parties.end(), p) - parties.begin()); };
    using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;
    Graph graph(parties.size());
    for (std::uint32_t e = run; e < run_end; ++e)
        for (std::uint32_t row : rows_of(e)) {
            const Transfer& t = data.transfers[row];
            if (moves_title(t.kind) && t.from != t.to) boost::add_edge(vertex(t.from), vertex(t.to), graph);
        }
    std::vector<std::size_t> component(parties.size());
    std::size_t components = boost::strong_components(graph, boost::make_iterator_property_map(
                                                                 component.begin(), boost::get(boost::vertex_index, graph)));
    // Levels on the graph of components, which has no cycle: in topological order (Kahn's), each component's
    // successors are at least one level higher.
    std::vector<std::vector<std::size_t>> successors(components);
    std::vector<std::size_t> unplaced_predecessors(components, 0);
    for (auto [it, end] = boost::edges(graph); it != end; ++it) {
        std::size_t from = component[boost::source(*it, graph)], to = component[boost::target(*it, graph)];
        if (from == to) continue;
        successors[from].push_back(to);
        ++unplaced_predecessors[to];
    }
    std::vector<std::uint32_t> level(components, 0);
    std::vector<std::size_t> ready;
    for (std::size_t c = 0; c < components; ++c)
        if (unplaced_predecessors[c] == 0) ready.push_back(c);
    while (!ready.empty()) {
        std::size_t c = ready.back();
        ready.pop_back();
        for (std::size_t next : successors[c]) {
            level[next] = std::max(level[next], level[c] + 1);
            if (--unplaced_predecessors[next] == 0) ready.push_back(next);
        }
    }

    struct Placed {
        std::uint32_t level, event;
    };
    std::vector<Placed> order;
    for (std::uint32_t e = run; e < run_end; ++e) {
        std::uint32_t highest = 0;
        for (std::uint32_t row : rows_of(e))
            if (moves_title(data.transfers[row].kind))
                highest = std::max(highest, level[component[vertex(data.transfers[row].from)]]);
        order.push_back({highest, e});
    }
    std::stable_sort(order.begin(), order.end(), [](const Placed& a, const Placed& b) { return a.level < b.level; });
    bool moved = false;
    for (std::uint32_t i = 0; i < order.size(); ++i) moved |= order[i].event != run + i;
    if (!moved) return;
    std::vector<std::uint32_t> rows, starts;
    for (const Placed& p : order) {
        starts.push_back(event_row_begin_[run] + std::uint32_t(rows.size()));
        auto r = rows_of(p.event);
        rows.insert(rows.end(), r.begin(), r.end());
    }
    std::copy(rows.begin(), rows.end(), rows_.begin() + event_row_begin_[run]);
    std::copy(starts.begin(), starts.end(), event_row_begin_.begin() + run);
}

PatentHistory::PatentHistory(const Dataset& data, const std::vector<char>& wanted) {
    const std::size_t patents = data.patents.size();
    const auto& transfers = data.transfers;
    std::vector<std::uint32_t> begin(patents + 1, 0);
    for (const Transfer& t : transfers)
        if (wanted.empty() || wanted[t.patent]) ++begin[t.patent + 1];
    std::partial_sum(begin.begin(), begin.end(), begin.begin());
    rows_.resize(begin.back());
    {
        std::vector<std::uint32_t> next(begin.begin(), begin.end() - 1);
        for (std::uint32_t i = 0; i < transfers.size(); ++i)
            if (wanted.empty() || wanted[transfers[i].patent]) rows_[next[transfers[i].patent]++] = i;
    }

    // Deal identifiers are compared as text only when two rows of one patent share a date, so no global ranking of
    // deals is needed (sorting millions of identifiers would cost more than the whole replay).
    struct Key {
        Date date;
        DealId deal;
        TransferKind kind;
        std::uint32_t row;
    };
    PartyOrder parties(data);
    auto before = [&](const Key& a, const Key& b) {
        if (a.date != b.date) return a.date < b.date;
        if (a.deal != b.deal) return data.deal_name(a.deal) < data.deal_name(b.deal);
        if (a.kind != b.kind) return a.kind < b.kind;
        return parties.less(transfers[a.row], transfers[b.row]);
    };
    auto same_event = [](const Key& a, const Key& b) { return a.date == b.date && a.deal == b.deal && a.kind == b.kind; };
    std::vector<Key> scratch;
    patent_event_begin_.assign(patents + 1, 0);
    event_row_begin_.clear();
    for (PatentId p = 0; p < patents; ++p) {
        patent_event_begin_[p] = std::uint32_t(event_row_begin_.size());
        std::uint32_t first = begin[p], last = begin[p + 1];
        if (first == last) continue;
        scratch.clear();
        for (std::uint32_t i = first; i < last; ++i) {
            const Transfer& t = transfers[rows_[i]];
            scratch.push_back({t.date, t.deal, t.kind, rows_[i]});
        }
        std::sort(scratch.begin(), scratch.end(), before);
        for (std::uint32_t i = first; i < last; ++i) {
            const Key& k = scratch[i - first];
            if (i == first || !same_event(k, scratch[i - first - 1])) event_row_begin_.push_back(i);
            rows_[i] = k.row;
        }
        chain_same_day_events(data, patent_event_begin_[p], std::uint32_t(event_row_begin_.size()), last);
    }
    patent_event_begin_[patents] = std::uint32_t(event_row_begin_.size());
    event_row_begin_.push_back(std::uint32_t(rows_.size()));
}

}  // namespace patlap
