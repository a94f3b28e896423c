#include "analysis/transactions.h"

#include <algorithm>
#include <numeric>
#include <stdexcept>
#include <utility>

namespace patlap {
namespace {

// A deal's `from` parties or its `to` parties, sorted and distinct, into `out`.
void side_of(const Dataset& data, DealId deal, unsigned side_bit, std::vector<PartyId>& out) {
    out.clear();
    if (data.deal_patents_only) {
        auto parties = data.deal_parties(deal);  // sorted and distinct already
        auto on = data.deal_party_sides(deal);
        for (std::size_t i = 0; i < parties.size(); ++i)
            if (on[i] & side_bit) out.push_back(parties[i]);
        return;
    }
    for (const Transfer& t : data.deal_transfers(deal)) out.push_back(side_bit == Dataset::from_side ? t.from : t.to);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
}

std::uint64_t mixed(std::uint64_t h, std::uint64_t value) {  // splitmix64's finalizer over h and value
    std::uint64_t z = h ^ (value + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2));
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

// A deal's key (its kind classes, its from-set and its to-set) and that key's hash, for comparing deals.
class DealKeys {
public:
    explicit DealKeys(const Dataset& data) : data_(data), classes_(data.deals.size()) {
        if (!data.has_parties) throw std::invalid_argument("grouping deals into transactions needs their parties");
        if (data.deal_patents_only && data.party_sides.size() != data.party_lists.size())
            throw std::invalid_argument("grouping deals into transactions needs the sides of their parties");
        for (DealId deal = 0; deal < classes_.size(); ++deal) classes_[deal] = kind_classes(data.deal_info[deal].kinds);
    }

    std::uint64_t hash(DealId deal) {
        std::uint64_t h = classes_[deal];
        for (unsigned side : {Dataset::from_side, Dataset::to_side}) {
            side_of(data_, deal, side, a_);
            h = mixed(h, ~std::uint64_t(a_.size()));
            for (PartyId party : a_) h = mixed(h, party);
        }
        return h;
    }
    // Negative, zero or positive as a's key orders before, as, or after b's.
    int compare(DealId a, DealId b) {
        if (classes_[a] != classes_[b]) return classes_[a] < classes_[b] ? -1 : 1;
        for (unsigned side : {Dataset::from_side, Dataset::to_side}) {
            side_of(data_, a, side, a_);
            side_of(data_, b, side, b_);
            if (a_ != b_) return a_ < b_ ? -1 : 1;
        }
        return 0;
    }

private:
    const Dataset& data_;
    std::vector<std::uint8_t> classes_;
    std::vector<PartyId> a_, b_;  // reused
};

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
    DealKeys keys(data);
    const auto& rank = data.deal_name_rank();
    // Deals of one key together, each key's by date, then identifier. The sort compares the keys' hashes, which
    // sit in the array it sorts; only where two deals' hashes agree are their keys themselves compared.
    struct Sorted {
        std::uint64_t hash;
        Date date;
        std::uint32_t rank;
        DealId deal;
    };
    // Only equal keys need to come together, in no particular order of keys: the deals are placed in buckets by
    // their hashes' top bits (a counting sort, some eight deals a bucket), and each bucket, small enough to sit in
    // the cache, is sorted on its own.
    unsigned bucket_bits = 1;
    while (bucket_bits < 30 && (std::size_t(1) << (bucket_bits + 3)) < deals) ++bucket_bits;
    auto bucket_of = [bucket_bits](std::uint64_t hash) { return std::size_t(hash >> (64 - bucket_bits)); };
    std::vector<std::uint64_t> hashes(deals);
    std::vector<std::uint32_t> bucket_begin((std::size_t(1) << bucket_bits) + 1, 0);
    for (DealId deal = 0; deal < deals; ++deal) {
        hashes[deal] = keys.hash(deal);
        ++bucket_begin[bucket_of(hashes[deal]) + 1];
    }
    std::partial_sum(bucket_begin.begin(), bucket_begin.end(), bucket_begin.begin());
    std::vector<Sorted> sorted(deals);
    {
        std::vector<std::uint32_t> next(bucket_begin.begin(), bucket_begin.end() - 1);
        for (DealId deal = 0; deal < deals; ++deal)
            sorted[next[bucket_of(hashes[deal])]++] = {hashes[deal], data.deal_info[deal].date, rank[deal], deal};
    }
    std::vector<std::uint64_t>().swap(hashes);
    auto before = [&](const Sorted& x, const Sorted& y) {
        if (x.hash != y.hash) return x.hash < y.hash;
        if (int order = keys.compare(x.deal, y.deal)) return order < 0;  // keys that share a hash
        return std::pair(x.date, x.rank) < std::pair(y.date, y.rank);
    };
    for (std::size_t b = 0; b + 1 < bucket_begin.size(); ++b)
        if (bucket_begin[b + 1] - bucket_begin[b] > 1)
            std::sort(sorted.begin() + bucket_begin[b], sorted.begin() + bucket_begin[b + 1], before);

    // Greedy windows, each measured from its transaction's first date, cut `sorted` into runs: the transactions.
    // Most are one deal; those of several are noted, with their first deals.
    struct MergedRun {
        DealId first;
        std::uint32_t begin, end;  // in sorted
    };
    std::vector<MergedRun> merged;
    std::vector<bool> absorbed(deals);  // a deal in another's transaction
    for (std::size_t i = 0; i < deals;) {
        const Sorted& first = sorted[i];
        std::size_t j = i + 1;
        while (j < deals && sorted[j].hash == first.hash && within_window(first.date, sorted[j].date, window_days) &&
               keys.compare(first.deal, sorted[j].deal) == 0)
            ++j;
        if (j - i > 1) {
            merged.push_back({first.deal, std::uint32_t(i), std::uint32_t(j)});
            for (std::size_t k = i + 1; k < j; ++k) absorbed[sorted[k].deal] = true;
        }
        i = j;
    }
    std::sort(merged.begin(), merged.end(), [](const MergedRun& a, const MergedRun& b) { return a.first < b.first; });

    // Numbered in the order of their first deals' ids, by one walk over the deals.
    TransactionGrouping grouping;
    grouping.transaction_of.resize(deals);
    grouping.member_begin.reserve(deals + 1);
    grouping.members.reserve(deals);
    grouping.member_begin.push_back(0);
    auto next_merged = merged.begin();
    for (DealId deal = 0; deal < deals; ++deal) {
        if (absorbed[deal]) continue;
        const auto t = std::uint32_t(grouping.member_begin.size() - 1);
        if (next_merged != merged.end() && next_merged->first == deal) {
            for (std::uint32_t i = next_merged->begin; i < next_merged->end; ++i) {
                grouping.members.push_back(sorted[i].deal);
                grouping.transaction_of[sorted[i].deal] = t;
            }
            ++next_merged;
        } else {
            grouping.members.push_back(deal);
            grouping.transaction_of[deal] = t;
        }
        grouping.member_begin.push_back(std::uint32_t(grouping.members.size()));
    }
    return grouping;
}

}  // namespace patlap
