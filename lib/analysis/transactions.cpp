#include "analysis/transactions.h"

#include <algorithm>
#include <numeric>
#include <stdexcept>
#include <tuple>

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

std::uint64_t mixed(std::uint64_t h, std::uint64_t value) {  // splitmix64's finalizer over h and value
    std::uint64_t z = h ^ (value + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2));
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

std::uint64_t key_hash(std::uint8_t classes, std::span<const PartyId> from, std::span<const PartyId> to) {
    std::uint64_t h = mixed(classes, from.size());
    for (PartyId party : from) h = mixed(h, party);
    h = mixed(h, ~std::uint64_t(to.size()));
    for (PartyId party : to) h = mixed(h, party);
    return h;
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
    auto key_less = [&](DealId a, DealId b) {
        if (classes[a] != classes[b]) return classes[a] < classes[b];
        for (int which : {0, 1}) {
            auto x = sides.side(a, which), y = sides.side(b, which);
            if (!std::ranges::equal(x, y)) return std::ranges::lexicographical_compare(x, y);
        }
        return false;
    };
    // Deals of one key together, each key's by date, then identifier. The sort compares the keys' hashes, which
    // sit in the array it sorts; only where two keys share a hash are the keys themselves compared.
    struct Sorted {
        std::uint64_t hash;
        Date date;
        std::uint32_t rank;
        DealId deal;
    };
    std::vector<Sorted> sorted(deals);
    for (DealId deal = 0; deal < deals; ++deal)
        sorted[deal] = {key_hash(classes[deal], sides.side(deal, 0), sides.side(deal, 1)), data.deal_info[deal].date,
                        rank[deal], deal};
    std::sort(sorted.begin(), sorted.end(), [](const Sorted& a, const Sorted& b) {
        return std::tie(a.hash, a.date, a.rank) < std::tie(b.hash, b.date, b.rank);
    });
    for (std::size_t i = 0; i < deals;) {
        std::size_t j = i + 1;
        bool one_key = true;
        for (; j < deals && sorted[j].hash == sorted[i].hash; ++j) one_key = one_key && same_key(sorted[i].deal, sorted[j].deal);
        if (!one_key)  // keys that share a hash: by key, then as before
            std::sort(sorted.begin() + std::ptrdiff_t(i), sorted.begin() + std::ptrdiff_t(j),
                      [&](const Sorted& a, const Sorted& b) {
                          if (key_less(a.deal, b.deal)) return true;
                          if (key_less(b.deal, a.deal)) return false;
                          return std::pair(a.date, a.rank) < std::pair(b.date, b.rank);
                      });
        i = j;
    }
    std::vector<DealId> order(deals);
    for (std::size_t i = 0; i < deals; ++i) order[i] = sorted[i].deal;
    std::vector<Sorted>().swap(sorted);
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
    // The runs in the order of their first deals' ids: mark each run at its first deal, then walk the deals.
    std::vector<std::uint32_t> run_at(deals, ~0u);
    for (std::uint32_t r = 0; r < count; ++r) run_at[order[run_begin[r]]] = r;
    std::vector<std::uint32_t> runs;
    runs.reserve(count);
    for (DealId deal = 0; deal < deals; ++deal)
        if (run_at[deal] != ~0u) runs.push_back(run_at[deal]);

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
