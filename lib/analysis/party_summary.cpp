#include "analysis/party_summary.h"

#include "analysis/owners.h"

#include <algorithm>
#include <numeric>

namespace patlap {
namespace {

// The rows of each patent: rows_of(p) = rows[begin[p], begin[p + 1]), by a counting sort on the patent.
struct RowsByPatent {
    std::vector<std::uint32_t> begin, rows;
    explicit RowsByPatent(const Dataset& data) : begin(data.patents.size() + 1, 0), rows(data.transfers.size()) {
        for (const Transfer& t : data.transfers) ++begin[t.patent + 1];
        std::partial_sum(begin.begin(), begin.end(), begin.begin());
        std::vector<std::uint32_t> next(begin.begin(), begin.end() - 1);
        for (std::uint32_t i = 0; i < data.transfers.size(); ++i) rows[next[data.transfers[i].patent]++] = i;
    }
};

}  // namespace

std::vector<PartySummary> summarize_parties(const Dataset& data) {
    std::size_t party_count = data.parties.size();
    std::vector<PartySummary> summaries(party_count);
    for (PartyId party = 0; party < party_count; ++party) summaries[party].party = party;

    // Each count is of distinct deals or patents: a party's marker remembers the last one counted for it.
    std::vector<std::uint32_t> last_deal(party_count, StringPool::npos);
    for (DealId deal = 0; deal < data.deals.size(); ++deal)
        for (const Transfer& t : data.deal_transfers(deal))
            for (PartyId party : {t.from, t.to})
                if (last_deal[party] != deal) {
                    last_deal[party] = deal;
                    ++summaries[party].deals;
                }

    RowsByPatent by_patent(data);
    std::vector<std::uint32_t> last_in(party_count, StringPool::npos), last_out(party_count, StringPool::npos);
    for (PatentId patent = 0; patent < data.patents.size(); ++patent)
        for (std::uint32_t i = by_patent.begin[patent]; i < by_patent.begin[patent + 1]; ++i) {
            const Transfer& t = data.transfers[by_patent.rows[i]];
            if (last_in[t.to] != patent) {
                last_in[t.to] = patent;
                ++summaries[t.to].patents_in;
            }
            if (last_out[t.from] != patent) {
                last_out[t.from] = patent;
                ++summaries[t.from].patents_out;
            }
        }

    PatentsHeld held = patents_held_by_party(data);
    for (PartyId party = 0; party < held.all.size(); ++party) {
        summaries[party].patents_held = held.all[party];
        summaries[party].patents_held_inferred = held.inferred[party];
    }

    std::sort(summaries.begin(), summaries.end(), [&](const PartySummary& a, const PartySummary& b) {
        return std::pair(data.party_name(a.party), data.party_key(a.party)) <
               std::pair(data.party_name(b.party), data.party_key(b.party));
    });
    return summaries;
}

PartySpellings::PartySpellings(const Dataset& data) : begin_(data.parties.size() + 1, 0) {
    for (StringId spelling = 0; spelling < data.spellings.size(); ++spelling)
        if (data.spelling_count[spelling] > 0) ++begin_[data.spelling_party[spelling] + 1];
    std::partial_sum(begin_.begin(), begin_.end(), begin_.begin());
    spellings_.resize(begin_.back());
    std::vector<std::uint32_t> next(begin_.begin(), begin_.end() - 1);
    for (StringId spelling = 0; spelling < data.spellings.size(); ++spelling)
        if (data.spelling_count[spelling] > 0) spellings_[next[data.spelling_party[spelling]]++] = spelling;
    for (PartyId party = 0; party < data.parties.size(); ++party)
        std::sort(spellings_.begin() + begin_[party], spellings_.begin() + begin_[party + 1], [&](StringId a, StringId b) {
            return std::pair(data.spelling_count[b], data.spellings.str(a)) <
                   std::pair(data.spelling_count[a], data.spellings.str(b));
        });
}

}  // namespace patlap
