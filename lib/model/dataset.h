#pragma once
// Everything loaded from the input: interned deals, parties and patents, and the transfers between them,
// de-duplicated and ordered by deal, then patent.
#include "model/deal_info.h"
#include "model/string_pool.h"
#include "model/transfer.h"

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace patlap {

// A row that repeated an earlier row exactly (after normalisation) and so was counted once.
struct DuplicateRow {
    std::uint16_t file;
    std::uint32_t line;
    std::uint16_t first_file;  // where the row was first seen
    std::uint32_t first_line;
};

struct LoadSummary {
    std::uint64_t rows_read = 0;      // data rows, not counting header and blank lines
    std::uint64_t rows_skipped = 0;   // bad rows left out under --skip-bad-rows
    std::vector<std::string> first_skip_reasons;  // "FILE:LINE: what is wrong", the first few
    std::vector<std::string> files_without_rows;  // files that had a header and nothing after it
    std::uint64_t bytes_read = 0;
    double load_seconds = 0;
};

class Dataset {
public:
    std::vector<std::string> files;
    StringPool deals;     // deal identifiers as written
    StringPool parties;   // party keys (see party_name.h)
    StringPool patents;   // patent keys (see patent_number.h)
    StringPool spellings; // party names as written (and names given by alias or group files, counted 0 times)
    std::vector<PartyId> spelling_party;
    std::vector<std::uint32_t> spelling_count;
    std::vector<StringId> party_display;  // per party: its most frequent spelling, or the name an alias/group gave it
    // Keys an alias or group file merged into another party, and the party each now belongs to, so that a name
    // given on the command line still finds its party (see find_party).
    StringPool former_keys;
    std::vector<PartyId> former_party;

    std::vector<Transfer> transfers;           // ordered by deal, patent, from, to, kind, date
    std::vector<std::uint32_t> deal_begin;     // transfers of deal d: [deal_begin[d], deal_begin[d + 1])
    std::vector<DealInfo> deal_info;
    std::vector<DuplicateRow> duplicates;
    LoadSummary load;
    bool has_parties = true;  // false when loaded without parties (see LoadOptions::with_parties)

    std::span<const Transfer> deal_transfers(DealId deal) const {
        return {transfers.data() + deal_begin[deal], transfers.data() + deal_begin[deal + 1]};
    }
    std::string_view deal_name(DealId deal) const { return deals.str(deal); }
    std::string_view party_name(PartyId party) const { return spellings.str(party_display[party]); }
    std::string_view party_key(PartyId party) const { return parties.str(party); }
    std::string_view patent_name(PatentId patent) const { return patents.str(patent); }

    // Rank of each deal when deals are sorted by identifier, and the deal of each rank; computed on first use.
    const std::vector<std::uint32_t>& deal_name_rank() const;
    const std::vector<DealId>& deals_by_name() const;

    // Frees the transfer rows (and the per-deal offsets into them) for a report that, once its indexes are
    // built, needs only the interned names and per-deal summaries: this keeps the peak memory of `overlap` low.
    void release_transfers();

    // Sorts and de-duplicates the transfers and fills the per-deal tables and display names. Called once by
    // the loader after the last row.
    void finish();

private:
    void rank_deals_by_name() const;
    mutable std::vector<std::uint32_t> deal_name_rank_;
    mutable std::vector<DealId> deals_by_name_;
};

}  // namespace patlap
