#include "model/dataset.h"

#include "base/two_threads.h"

#include <algorithm>
#include <numeric>
#include <optional>
#include <functional>
#include <thread>
#include <tuple>

namespace patlap {
namespace {

auto identity_key(const Transfer& t) { return std::tie(t.patent, t.from, t.to, t.kind, t.date); }

// Moves each row to the place of its deal, following the cycles of the permutation: 4 extra bytes per row.
void permute_to_deals(std::vector<Transfer>& transfers, const std::vector<std::uint32_t>& begin) {
    std::vector<std::uint32_t> destination(transfers.size());
    {
        std::vector<std::uint32_t> next(begin.begin(), begin.end() - 1);
        for (std::size_t i = 0; i < transfers.size(); ++i) destination[i] = next[transfers[i].deal]++;
    }
    for (std::uint32_t i = 0; i < transfers.size(); ++i) {
        while (destination[i] != i) {
            std::uint32_t j = destination[i];
            std::swap(transfers[i], transfers[j]);
            std::swap(destination[i], destination[j]);
        }
    }
}

// For rows almost in deal order (a deal's rows together, but now and then a row that comes back to an earlier
// deal): the rows that come back are set aside and sorted, the others closed up, and the two merged from the
// end. Every pass reads memory in order, where following the permutation's cycles jumps all over it.
void merge_late_rows(std::vector<Transfer>& transfers, std::size_t late_rows) {
    std::vector<Transfer> late;
    late.reserve(late_rows);
    std::size_t kept = 0;
    DealId highest = 0;
    for (const Transfer& t : transfers) {
        if (t.deal >= highest) {
            highest = t.deal;
            transfers[kept++] = t;
        } else {
            late.push_back(t);
        }
    }
    std::sort(late.begin(), late.end(), [](const Transfer& a, const Transfer& b) { return a.deal < b.deal; });
    std::size_t to = transfers.size(), from = kept, next_late = late.size();
    while (next_late > 0) {
        if (from > 0 && transfers[from - 1].deal > late[next_late - 1].deal) transfers[--to] = transfers[--from];
        else transfers[--to] = late[--next_late];
    }
}

// Reorders `transfers` so that deals come in id order (the order of rows within a deal is left to the caller);
// returns where each deal's rows begin.
std::vector<std::uint32_t> group_by_deal(std::vector<Transfer>& transfers, std::size_t deal_count) {
    std::vector<std::uint32_t> begin(deal_count + 1, 0);
    std::size_t late_rows = 0;  // deal ids count up in first-seen order: a row below the highest deal so far is late
    DealId highest = 0;
    for (const Transfer& t : transfers) {
        ++begin[t.deal + 1];
        if (t.deal < highest) ++late_rows;
        else highest = t.deal;
    }
    std::partial_sum(begin.begin(), begin.end(), begin.begin());
    if (late_rows == 0) return begin;
    if (late_rows <= transfers.size() / 8) merge_late_rows(transfers, late_rows);
    else permute_to_deals(transfers, begin);
    return begin;
}

// Moves each deal's first `begin[d + 1] - begin[d]` items from where its items were (`grouped[d]`) down to
// begin[d], closing up the places of the items dropped, and drops the rest.
template <class T>
void close_up(std::vector<T>& items, const std::vector<std::uint32_t>& grouped,
              const std::vector<std::uint32_t>& begin) {
    if (begin.back() == items.size()) return;
    for (std::size_t deal = 0; deal + 1 < begin.size(); ++deal) {
        auto from = items.begin() + grouped[deal], to = items.begin() + begin[deal];
        if (from != to) std::copy(from, from + (begin[deal + 1] - begin[deal]), to);  // down, never onto itself
    }
    items.resize(begin.back());
}

// Groups values of (deal, ...) rows by deal, each deal's sorted and distinct: `lists` holds them deal after deal,
// and deal d's are [begin[d], begin[d + 1]). `value_of(i, row)` is row i's value; `merge(kept, next)` says whether
// `next` (sorted right after `kept`) is the same as it, folding it into `kept` if so. The rows are freed.
template <class Row, class Value, class ValueOf, class Merge>
void group_distinct(std::vector<Row>& rows, ValueOf value_of, Merge merge, std::size_t deal_count,
                    std::vector<Value>& lists, std::vector<std::uint32_t>& begin, bool two_threads) {
    // Each deal's values together, by a counting sort of the rows on their deal.
    std::vector<std::uint32_t> grouped(deal_count + 1, 0);
    for (const Row& row : rows) ++grouped[row.deal + 1];
    std::partial_sum(grouped.begin(), grouped.end(), grouped.begin());
    lists.resize(rows.size());
    {
        std::vector<std::uint32_t> next(grouped.begin(), grouped.end() - 1);
        for (std::size_t i = 0; i < rows.size(); ++i) lists[next[rows[i].deal]++] = value_of(i, rows[i]);
    }
    std::vector<Row>().swap(rows);
    // Then sorted and made distinct; a deal's list stays at the front of its place until the places are closed up.
    begin.assign(deal_count + 1, 0);
    in_two_halves_by_rows(grouped, [&](std::size_t first_deal, std::size_t last_deal, int) {
        for (std::size_t deal = first_deal; deal < last_deal; ++deal) {
            auto first = lists.begin() + grouped[deal], last = lists.begin() + grouped[deal + 1];
            std::sort(first, last);
            auto kept = first;
            for (auto it = first; it != last; ++it)
                if (kept == first || !merge(*(kept - 1), *it)) *kept++ = *it;
            begin[deal + 1] = std::uint32_t(kept - first);
        }
    }, two_threads);
    std::partial_sum(begin.begin(), begin.end(), begin.begin());
    close_up(lists, grouped, begin);
}

// (Lambdas, not functions, so that group_distinct's inner loop calls them inline.)
constexpr auto same_id = [](StringId kept, StringId next) { return kept == next; };

// A patent and the kinds of its rows as one number that sorts by patent: the patent in the high half.
std::uint64_t patent_and_kinds(PatentId patent, KindSet kinds) { return std::uint64_t(patent) << 32 | kinds; }

// An id in the high half and bits (kinds, sides) in the low: the same id folds its bits into the one kept.
constexpr auto same_id_merging_bits = [](std::uint64_t& kept, std::uint64_t next) {
    if (kept >> 32 != next >> 32) return false;
    kept |= next;
    return true;
};

}  // namespace

void Dataset::finish(bool rank_deal_names, bool two_threads) {
    // The deals' name order takes one core for a while, which the steps below leave idle much of the time.
    std::optional<Worker> ranker;
    if (rank_deal_names && two_threads) ranker.emplace([this] { rank_deals_by_name(); });
    // Display names first: a row sieve's last word may look parties up by name (party_lookup.h).
    party_display.assign(parties.size(), StringPool::npos);
    for (StringId spelling = 0; spelling < spellings.size(); ++spelling) {
        StringId& best = party_display[spelling_party[spelling]];
        if (best == StringPool::npos || spelling_count[spelling] > spelling_count[best] ||
            (spelling_count[spelling] == spelling_count[best] && spellings.str(spelling) < spellings.str(best)))
            best = spelling;
    }
    if (deal_patents_only) {
        keep_rows_that_count();
        finish_deal_patents(two_threads);
    } else {
        finish_transfers(two_threads);
    }

    if (!deal_conveyance.empty()) deal_conveyance.resize(deals.size(), StringPool::npos);
    if (!deal_reference.empty()) {  // links only where some record names another
        deal_reference.resize(deals.size(), StringPool::npos);
        deal_link.assign(deals.size(), StringPool::npos);
        for (DealId deal = 0; deal < deals.size(); ++deal)
            if (deal_reference[deal] != StringPool::npos) {
                DealId named = deals.find(references.str(deal_reference[deal]));
                if (named != deal) deal_link[deal] = named;
            }
    }

    sort_party_roles();
    if (ranker) ranker->join();
    else if (rank_deal_names) rank_deals_by_name();
}

void Dataset::sort_party_roles() {
    auto fields = [](const PartyRole& role) { return std::tie(role.deal, role.spelling, role.role); };
    std::sort(party_roles.begin(), party_roles.end(),
              [&](const PartyRole& a, const PartyRole& b) { return fields(a) < fields(b); });
    party_roles.erase(std::unique(party_roles.begin(), party_roles.end(),
                                  [&](const PartyRole& a, const PartyRole& b) { return fields(a) == fields(b); }),
                      party_roles.end());
}

void Dataset::finish_transfers(bool two_threads) {
    std::vector<std::uint32_t> grouped = group_by_deal(transfers, deals.size());

    // Each deal's rows are sorted, then its summary taken and its repeated rows dropped while they are in cache:
    // the first half of the rows on a second thread. Most deals are a row or two, but the large portfolio deals
    // make the sort the costly part. A deal's kept rows stay at the front of its place; deal_begin[d + 1] counts
    // them until the places are closed up below.
    deal_info.assign(deals.size(), DealInfo{});
    deal_begin.assign(deals.size() + 1, 0);
    auto tidy_deals = [&](DealId first_deal, DealId last_deal, std::vector<DuplicateRow>& repeats) {
        for (DealId deal = first_deal; deal < last_deal; ++deal) {
            auto first = transfers.begin() + grouped[deal], last = transfers.begin() + grouped[deal + 1];
            std::sort(first, last, precedes_in_deal);
            DealInfo& info = deal_info[deal];
            auto kept = first;
            for (auto it = first; it != last; ++it) {
                if (kept != first) {
                    const Transfer& previous = *(kept - 1);
                    if (has_parties && identity_key(previous) == identity_key(*it)) {
                        repeats.push_back({it->file, it->line, previous.file, previous.line, it->deal, it->patent});
                        continue;
                    }
                    if (previous.patent != it->patent) ++info.patents;
                } else {
                    info.patents = 1;
                }
                if (info.date == 0 || it->date < info.date) info.date = it->date;
                info.kinds |= kind_bit(it->kind);
                *kept++ = *it;
            }
            deal_begin[deal + 1] = std::uint32_t(kept - first);
        }
    };
    std::vector<DuplicateRow> first_half_repeats;
    in_two_halves_by_rows(grouped, [&](std::size_t first_deal, std::size_t last_deal, int half) {
        tidy_deals(DealId(first_deal), DealId(last_deal), half == 0 ? first_half_repeats : duplicates);
    }, two_threads);
    duplicates.insert(duplicates.end(), first_half_repeats.begin(), first_half_repeats.end());
    std::partial_sum(deal_begin.begin(), deal_begin.end(), deal_begin.begin());
    close_up(transfers, grouped, deal_begin);
    std::sort(duplicates.begin(), duplicates.end(), [](const DuplicateRow& a, const DuplicateRow& b) {
        return std::tie(a.file, a.line) < std::tie(b.file, b.line);
    });
}

void Dataset::keep_rows_that_count() {
    if (keep_row_parties_) {
        std::size_t kept = 0;
        for (std::size_t i = 0; i < deal_patent_rows.size(); ++i) {
            const DealPatent& row = deal_patent_rows[i];
            const RowParties& parties = deal_patent_row_parties[i];
            if (!sieve_->counts(*this, {row.deal, row.patent, parties.from, parties.to, 0, 0, 0,
                                        deal_patent_row_kinds[i]}))
                continue;
            deal_patent_rows[kept] = row;
            deal_patent_row_kinds[kept++] = deal_patent_row_kinds[i];
        }
        deal_patent_rows.resize(kept);
        deal_patent_row_kinds.resize(kept);
        std::vector<RowParties>().swap(deal_patent_row_parties);
    }
    sieve_ = nullptr;
    keep_row_parties_ = false;
}

void Dataset::finish_deal_patents(bool two_threads) {
    deal_info.resize(deals.size());
    if (keep_patent_kinds_) {
        std::vector<std::uint64_t> lists;
        auto value_of = [this](std::size_t i, const DealPatent& row) {
            return patent_and_kinds(row.patent, kind_bit(deal_patent_row_kinds[i]));
        };
        group_distinct(deal_patent_rows, value_of, same_id_merging_bits, deals.size(), lists, patent_list_begin, two_threads);
        patent_lists.resize(lists.size());
        patent_kinds.resize(lists.size());
        for (std::size_t i = 0; i < lists.size(); ++i) {
            patent_lists[i] = PatentId(lists[i] >> 32);
            patent_kinds[i] = KindSet(lists[i]);
        }
    } else {
        group_distinct(deal_patent_rows, [](std::size_t, const DealPatent& row) { return row.patent; }, same_id,
                       deals.size(), patent_lists, patent_list_begin, two_threads);
    }
    std::vector<TransferKind>().swap(deal_patent_row_kinds);
    keep_row_kinds_ = false;
    for (DealId deal = 0; deal < deals.size(); ++deal)
        deal_info[deal].patents = patent_list_begin[deal + 1] - patent_list_begin[deal];
    if (keep_party_sides_) {
        std::vector<std::uint64_t> lists;
        auto value_of = [this](std::size_t i, const DealParty& row) {
            return std::uint64_t(row.party) << 32 | deal_party_row_sides[i];
        };
        group_distinct(deal_party_rows, value_of, same_id_merging_bits, deals.size(), lists, party_list_begin,
                       two_threads);
        std::vector<std::uint8_t>().swap(deal_party_row_sides);
        party_lists.resize(lists.size());
        party_sides.resize(lists.size());
        for (std::size_t i = 0; i < lists.size(); ++i) {
            party_lists[i] = PartyId(lists[i] >> 32);
            party_sides[i] = std::uint8_t(lists[i]);
        }
    } else {
        group_distinct(deal_party_rows, [](std::size_t, const DealParty& row) { return row.party; }, same_id,
                       deals.size(), party_lists, party_list_begin, two_threads);
    }
    deal_begin.assign(deals.size() + 1, 0);  // deal_transfers: no rows
}

void Dataset::narrow_to_deal_patents(RowSieve* sieve, bool kinds, bool sides) {
    deal_patents_only = true;
    count_rows(nullptr, kinds, sides);
    for (const Transfer& t : transfers) {
        note_parties(t);
        if (!sieve || sieve->counts(*this, t)) keep_deal_patent(t);
    }
    std::vector<Transfer>().swap(transfers);
    finish_deal_patents(true);
}

std::string_view Dataset::role_in(DealId deal, PartyId party) const {
    auto first = std::lower_bound(party_roles.begin(), party_roles.end(), deal,
                                  [](const PartyRole& r, DealId d) { return r.deal < d; });
    for (auto it = first; it != party_roles.end() && it->deal == deal; ++it)
        if (spelling_party[it->spelling] == party) return roles.str(it->role);
    return {};
}

void Dataset::rank_deals_by_name() const {
    if (deal_name_rank_.size() == deals.size()) return;
    // Sort on each name's first 12 bytes read as a big-endian number (ordered as the bytes are), then the deal id,
    // as one 128-bit integer; then put each run of names that share those 12 bytes in the order of the whole
    // names. Deal identifiers are short, so such runs are rare.
    __extension__ using Key = unsigned __int128;  // bytes 0-11 of the name, then the deal id
    auto big_endian = [](std::string_view s, std::size_t from, std::size_t count) {
        std::uint64_t value = 0;
        for (std::size_t i = 0; i < count; ++i)
            value = value << 8 | (from + i < s.size() ? static_cast<unsigned char>(s[from + i]) : 0);
        return value;
    };
    std::vector<Key> keys(deals.size());
    for (DealId d = 0; d < deals.size(); ++d) {
        std::string_view name = deals.str(d);
        keys[d] = Key(big_endian(name, 0, 8)) << 64 | big_endian(name, 8, 4) << 32 | d;
    }
    std::sort(keys.begin(), keys.end());
    auto prefix = [](Key key) { return key >> 32; };
    auto deal = [](Key key) { return DealId(key); };
    for (std::size_t first = 0; first < keys.size();) {
        std::size_t last = first + 1;
        while (last < keys.size() && prefix(keys[last]) == prefix(keys[first])) ++last;
        if (last - first > 1)
            std::sort(keys.begin() + std::ptrdiff_t(first), keys.begin() + std::ptrdiff_t(last),
                      [&](Key a, Key b) { return deals.str(deal(a)) < deals.str(deal(b)); });
        first = last;
    }
    deals_by_name_.resize(deals.size());
    deal_name_rank_.assign(deals.size(), 0);
    for (std::uint32_t rank = 0; rank < keys.size(); ++rank) {
        deals_by_name_[rank] = deal(keys[rank]);
        deal_name_rank_[deal(keys[rank])] = rank;
    }
}

const std::vector<std::uint32_t>& Dataset::deal_name_rank() const {
    rank_deals_by_name();
    return deal_name_rank_;
}

const std::vector<DealId>& Dataset::deals_by_name() const {
    rank_deals_by_name();
    return deals_by_name_;
}

void Dataset::release_transfers() {
    std::vector<Transfer>().swap(transfers);
    std::vector<std::uint32_t>().swap(deal_begin);
    std::vector<PatentId>().swap(patent_lists);
    if (patent_kinds.empty()) std::vector<std::uint32_t>().swap(patent_list_begin);
    std::vector<PartyId>().swap(party_lists);
    std::vector<std::uint32_t>().swap(party_list_begin);
}

}  // namespace patlap
