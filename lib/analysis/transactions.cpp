#include "analysis/transactions.h"

#include <algorithm>
#include <numeric>
#include <stdexcept>

namespace patlap {
namespace {

// Each deal's `from` parties and `to` parties, sorted and distinct, back to back: deal d's from-set is
// parties[begin[2d], begin[2d + 1]) and its to-set parties[begin[2d + 1], begin[2d + 2]).
struct DealSides {
    std::vector<PartyId> parties;
    std::vector<std::uint32_t> begin;
    std::span<const PartyId> side(DealId deal, int which) const {
        return {parties.data() + begin[2 * deal + which], parties.data() + begin[2 * deal + which + 1]};
    }
};

DealSides sides_of_deals(const Dataset& data) {
    if (!data.has_parties) throw std::invalid_argument("grouping deals into transactions needs their parties");
    if (data.deal_patents_only && data.party_sides.size() != data.party_lists.size())
        throw std::invalid_argument("grouping deals into transactions needs the sides of their parties");
    DealSides sides;
    const std::size_t deals = data.deals.size();
    sides.begin.reserve(2 * deals + 1);
    sides.begin.push_back(0);
    std::vector<PartyId> from, to;  // one deal's, reused
    for (DealId deal = 0; deal < deals; ++deal) {
        from.clear();
        to.clear();
        if (data.deal_patents_only) {
            auto parties = data.deal_parties(deal);
            auto on = data.deal_party_sides(deal);
            for (std::size_t i = 0; i < parties.size(); ++i) {  // sorted and distinct already
                if (on[i] & Dataset::from_side) from.push_back(parties[i]);
                if (on[i] & Dataset::to_side) to.push_back(parties[i]);
            }
        } else {
            for (const Transfer& t : data.deal_transfers(deal)) {
                from.push_back(t.from);
                to.push_back(t.to);
            }
            for (auto* side : {&from, &to}) {
                std::sort(side->begin(), side->end());
                side->erase(std::unique(side->begin(), side->end()), side->end());
            }
        }
        sides.parties.insert(sides.parties.end(), from.begin(), from.end());
        sides.begin.push_back(std::uint32_t(sides.parties.size()));
        sides.parties.insert(sides.parties.end(), to.begin(), to.end());
        sides.begin.push_back(std::uint32_t(sides.parties.size()));
    }
    return sides;
}

bool within_window(Date first, Date later, unsigned window_days) {
    if (first == 0 || later == 0) return first == later;  // undated deals group only with undated ones
    return day_number(later) - day_number(first) <= std::int64_t(window_days);
}

}  // namespace

std::uint8_t kind_classes(KindSet kinds) {
    std::uint8_t classes = 0;
    for (TransferKind kind : all_transfer_kinds()) {
        if (!(kinds & kind_bit(kind))) continue;
        classes |= moves_title(kind)                     ? title_class
                   : kind == TransferKind::security      ? lien_class
                   : kind == TransferKind::release       ? release_class
                   : kind == TransferKind::license       ? licence_class
                                                         : other_class;
    }
    return classes;
}

TransactionGrouping group_transactions(const Dataset& data, unsigned window_days) {
    const std::size_t deals = data.deals.size();
    const DealSides sides = sides_of_deals(data);
    const auto& rank = data.deal_name_rank();
    std::vector<std::uint8_t> classes(deals);
    for (DealId deal = 0; deal < deals; ++deal) classes[deal] = kind_classes(data.deal_info[deal].kinds);
    auto same_key = [&](DealId a, DealId b) {
        return classes[a] == classes[b] && std::ranges::equal(sides.side(a, 0), sides.side(b, 0)) &&
               std::ranges::equal(sides.side(a, 1), sides.side(b, 1));
    };
    // Deals of one key together, each key's by date, then identifier.
    std::vector<DealId> order(deals);
    std::iota(order.begin(), order.end(), DealId(0));
    std::sort(order.begin(), order.end(), [&](DealId a, DealId b) {
        if (classes[a] != classes[b]) return classes[a] < classes[b];
        for (int which : {0, 1}) {
            auto x = sides.side(a, which), y = sides.side(b, which);
            if (!std::ranges::equal(x, y)) return std::ranges::lexicographical_compare(x, y);
        }
        return std::pair(data.deal_info[a].date, rank[a]) < std::pair(data.deal_info[b].date, rank[b]);
    });
    // Greedy windows, each measured from its transaction's first date; the runs of `order` they cut are the
    // transactions, which are then numbered by their first deals' ids.
    std::vector<std::uint32_t> run_begin;
    for (std::size_t i = 0; i < deals;) {
        run_begin.push_back(std::uint32_t(i));
        const DealId first = order[i];
        std::size_t j = i + 1;
        while (j < deals && same_key(first, order[j]) &&
               within_window(data.deal_info[first].date, data.deal_info[order[j]].date, window_days))
            ++j;
        i = j;
    }
    run_begin.push_back(std::uint32_t(deals));
    const std::size_t count = run_begin.size() - 1;
    std::vector<std::uint32_t> runs(count);
    std::iota(runs.begin(), runs.end(), 0u);
    std::sort(runs.begin(), runs.end(),
              [&](std::uint32_t a, std::uint32_t b) { return order[run_begin[a]] < order[run_begin[b]]; });

    TransactionGrouping grouping;
    grouping.transaction_of.resize(deals);
    grouping.member_begin.reserve(count + 1);
    grouping.members.reserve(deals);
    grouping.member_begin.push_back(0);
    for (std::uint32_t t = 0; t < count; ++t) {
        for (std::uint32_t i = run_begin[runs[t]]; i < run_begin[runs[t] + 1]; ++i) {
            grouping.members.push_back(order[i]);
            grouping.transaction_of[order[i]] = t;
        }
        grouping.member_begin.push_back(std::uint32_t(grouping.members.size()));
    }
    return grouping;
}

}  // namespace patlap
