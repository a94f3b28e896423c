#include "analysis/transaction_merge.h"

#include <algorithm>
#include <string>
#include <tuple>
#include <unordered_set>

namespace patlap {
namespace {

// The transactions' names: a lone deal keeps its own; a merged one is its first deal's with `+N`, and one more
// `+` while that is some recorded deal's identifier or an earlier merged transaction's name. Laid out back to back
// and indexed once (most are lone deals' names, copied as they are).
StringPool transaction_names(const StringPool& recorded, const TransactionGrouping& grouping) {
    std::vector<char> text;
    std::vector<std::uint32_t> offsets;
    offsets.reserve(grouping.count() + 1);
    text.reserve(recorded.text().size());
    offsets.push_back(0);
    std::unordered_set<std::string> merged_names;
    for (std::uint32_t t = 0; t < grouping.count(); ++t) {
        auto members = grouping.members_of(t);
        std::string_view first = recorded.str(members[0]);
        if (members.size() == 1) {
            text.insert(text.end(), first.begin(), first.end());
        } else {
            std::string name = std::string(first) + "+" + std::to_string(members.size());
            while (recorded.find(name) != StringPool::npos || merged_names.count(name)) name += '+';
            text.insert(text.end(), name.begin(), name.end());
            merged_names.insert(std::move(name));
        }
        offsets.push_back(std::uint32_t(text.size()));
    }
    return StringPool::from_text(std::move(text), std::move(offsets));
}

void merge_rows(Dataset& data, const TransactionGrouping& grouping) {
    std::vector<Transfer> merged;
    merged.reserve(data.transfers.size());
    std::vector<std::uint32_t> begin(grouping.count() + 1, 0);
    for (std::uint32_t t = 0; t < grouping.count(); ++t) {
        auto members = grouping.members_of(t);
        std::size_t first = merged.size();
        for (DealId member : members) {
            auto rows = data.deal_transfers(member);
            merged.insert(merged.end(), rows.begin(), rows.end());
        }
        for (std::size_t i = first; i < merged.size(); ++i) merged[i].deal = t;
        if (members.size() > 1) {  // a lone deal's rows are in order already
            std::sort(merged.begin() + std::ptrdiff_t(first), merged.end(), precedes_in_deal);
            std::uint32_t patents = 0;
            for (std::size_t i = first; i < merged.size(); ++i)
                if (i == first || merged[i].patent != merged[i - 1].patent) ++patents;
            data.deal_info[t].patents = patents;
        }
        begin[t + 1] = std::uint32_t(merged.size());
    }
    data.transfers = std::move(merged);
    data.deal_begin = std::move(begin);
}

// Merges the deals' lists (patents with their kinds, or parties with their sides) into the transactions':
// per transaction the distinct values, each with its members' bits or'ed together. `carried`, when given, is
// called per merged entry with the places (in the transaction's members) of the members that hold it.
template <class Value, class Bits, class Carried>
void merge_lists(const TransactionGrouping& grouping, std::vector<Value>& values, std::vector<Bits>& bits,
                 std::vector<std::uint32_t>& begin, Carried carried) {
    const bool with_bits = !bits.empty();
    std::vector<Value> merged_values;
    std::vector<Bits> merged_bits;
    merged_values.reserve(values.size());
    if (with_bits) merged_bits.reserve(bits.size());
    std::vector<std::uint32_t> merged_begin(grouping.count() + 1, 0);
    struct Entry {
        Value value;
        std::uint32_t place;  // of the member in its transaction
        Bits bits;
    };
    std::vector<Entry> entries;  // one transaction's, reused
    std::vector<std::uint32_t> places;
    for (std::uint32_t t = 0; t < grouping.count(); ++t) {
        auto members = grouping.members_of(t);
        if (members.size() == 1) {  // a lone deal's list is distinct already: copied whole
            const std::uint32_t first = begin[members[0]], last = begin[members[0] + 1];
            merged_values.insert(merged_values.end(), values.begin() + first, values.begin() + last);
            if (with_bits) merged_bits.insert(merged_bits.end(), bits.begin() + first, bits.begin() + last);
            places.assign(1, 0);
            for (std::uint32_t i = first; i < last; ++i) carried(places);
            merged_begin[t + 1] = std::uint32_t(merged_values.size());
            continue;
        }
        entries.clear();
        for (std::uint32_t place = 0; place < members.size(); ++place)
            for (std::uint32_t i = begin[members[place]]; i < begin[members[place] + 1]; ++i)
                entries.push_back({values[i], place, with_bits ? bits[i] : Bits(0)});
        std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
            return std::tie(a.value, a.place) < std::tie(b.value, b.place);
        });
        for (std::size_t i = 0; i < entries.size();) {
            std::size_t j = i;
            Bits joined = 0;
            places.clear();
            for (; j < entries.size() && entries[j].value == entries[i].value; ++j) {
                joined |= entries[j].bits;
                places.push_back(entries[j].place);
            }
            merged_values.push_back(entries[i].value);
            if (with_bits) merged_bits.push_back(joined);
            carried(places);
            i = j;
        }
        merged_begin[t + 1] = std::uint32_t(merged_values.size());
    }
    values = std::move(merged_values);
    bits = std::move(merged_bits);
    begin = std::move(merged_begin);
}

void merge_deal_lists(Dataset& data, const TransactionGrouping& grouping, TransactionMembers* carriers) {
    if (carriers) carriers->carrier_begin.push_back(0);
    merge_lists(grouping, data.patent_lists, data.patent_kinds, data.patent_list_begin,
                [carriers](const std::vector<std::uint32_t>& places) {
                    if (!carriers) return;
                    carriers->carriers.insert(carriers->carriers.end(), places.begin(), places.end());
                    carriers->carrier_begin.push_back(std::uint32_t(carriers->carriers.size()));
                });
    merge_lists(grouping, data.party_lists, data.party_sides, data.party_list_begin,
                [](const std::vector<std::uint32_t>&) {});
    for (std::uint32_t t = 0; t < grouping.count(); ++t)
        data.deal_info[t].patents = data.patent_list_begin[t + 1] - data.patent_list_begin[t];
    data.deal_begin.assign(grouping.count() + 1, 0);  // deal_transfers: no rows
}

// Per transaction, its first deal's entry of a per-deal table (left empty when it is).
template <class T>
void take_first_members(std::vector<T>& table, const TransactionGrouping& grouping) {
    if (table.empty()) return;
    std::vector<T> merged(grouping.count());
    for (std::uint32_t t = 0; t < grouping.count(); ++t) merged[t] = table[grouping.members_of(t)[0]];
    table = std::move(merged);
}

void repoint_record_details(Dataset& data, const TransactionGrouping& grouping) {
    const auto& of = grouping.transaction_of;
    take_first_members(data.deal_conveyance, grouping);
    take_first_members(data.deal_reference, grouping);
    take_first_members(data.deal_link, grouping);
    for (std::uint32_t t = 0; t < data.deal_link.size(); ++t) {
        DealId& link = data.deal_link[t];
        if (link != StringPool::npos) link = of[link] == t ? StringPool::npos : of[link];
    }
    for (auto& role : data.party_roles) role.deal = of[role.deal];
    data.sort_party_roles();
    for (auto& row : data.duplicates) row.deal = of[row.deal];
    for (auto& copy : data.differing_record_copies) copy.deal = of[copy.deal];
}

}  // namespace

TransactionMembers merge_into_transactions(Dataset& data, unsigned window_days, bool carriers) {
    TransactionMembers result;
    result.grouping = group_transactions(data, window_days);
    const TransactionGrouping& grouping = result.grouping;

    std::vector<DealInfo> info(grouping.count());
    for (std::uint32_t t = 0; t < grouping.count(); ++t) {
        auto members = grouping.members_of(t);
        info[t] = data.deal_info[members[0]];  // the earliest date, and a lone deal's patent count
        for (DealId member : members.subspan(1)) info[t].kinds |= data.deal_info[member].kinds;
    }
    data.deal_info = std::move(info);
    if (data.deal_patents_only) merge_deal_lists(data, grouping, carriers ? &result : nullptr);
    else merge_rows(data, grouping);
    repoint_record_details(data, grouping);

    StringPool names = transaction_names(data.deals, grouping);
    result.deals = std::move(data.deals);
    data.deals = std::move(names);
    data.forget_deal_name_order();
    return result;
}

}  // namespace patlap
