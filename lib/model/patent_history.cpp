#include "model/patent_history.h"

#include <algorithm>
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
// identifiers. Otherwise events keep their order (deal identifier, then kind). Only runs of several events on one
// date get here, and they are short.
void PatentHistory::chain_same_day_events(const Dataset& data, std::uint32_t first_event, std::uint32_t end_event,
                                          std::uint32_t end_row) {
    auto date_of = [&](std::uint32_t e) { return data.transfers[rows_[event_row_begin_[e]]].date; };
    auto rows_of = [&](std::uint32_t e) {
        std::uint32_t end = e + 1 < end_event ? event_row_begin_[e + 1] : end_row;
        return std::span<const std::uint32_t>(rows_.data() + event_row_begin_[e], rows_.data() + end);
    };
    // Does event `later` give away what event `earlier` received?
    auto feeds = [&](std::uint32_t earlier, std::uint32_t later) {
        auto a = rows_of(earlier), b = rows_of(later);
        if (!moves_title(data.transfers[a[0]].kind) || !moves_title(data.transfers[b[0]].kind)) return false;
        if (data.transfers[a[0]].deal == data.transfers[b[0]].deal) return false;
        for (std::uint32_t x : a)
            for (std::uint32_t y : b)
                if (data.transfers[x].to == data.transfers[y].from) return true;
        return false;
    };
    for (std::uint32_t run = first_event; run < end_event;) {
        std::uint32_t run_end = run + 1;
        while (run_end < end_event && date_of(run_end) == date_of(run)) ++run_end;
        if (run_end - run > 1) {
            std::vector<std::uint32_t> pending(run_end - run), placed;
            for (std::uint32_t e = run; e < run_end; ++e) pending[e - run] = e;
            while (!pending.empty()) {
                // The first event nothing else pending feeds; with a cycle, simply the first.
                std::size_t pick = 0;
                for (std::size_t i = 0; i < pending.size(); ++i) {
                    bool fed = false;
                    for (std::size_t j = 0; j < pending.size() && !fed; ++j)
                        fed = j != i && feeds(pending[j], pending[i]) && !feeds(pending[i], pending[j]);
                    if (!fed) {
                        pick = i;
                        break;
                    }
                }
                placed.push_back(pending[pick]);
                pending.erase(pending.begin() + std::ptrdiff_t(pick));
            }
            bool moved = false;
            for (std::uint32_t i = 0; i < placed.size(); ++i) moved |= placed[i] != run + i;
            if (moved) {
                std::vector<std::uint32_t> rows, starts;
                for (std::uint32_t e : placed) {
                    starts.push_back(event_row_begin_[run] + std::uint32_t(rows.size()));
                    auto r = rows_of(e);
                    rows.insert(rows.end(), r.begin(), r.end());
                }
                std::copy(rows.begin(), rows.end(), rows_.begin() + event_row_begin_[run]);
                std::copy(starts.begin(), starts.end(), event_row_begin_.begin() + run);
            }
        }
        run = run_end;
    }
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
