#pragma once
// Everything loaded from the input: interned deals, parties and patents, and the transfers between them,
// de-duplicated and ordered by deal, then patent.
#include "model/deal_info.h"
#include "model/patent_numbers.h"
#include "model/patent_pool.h"
#include "model/row_sieve.h"
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
    std::uint16_t first_file;  // where the row was first seen (the same place for a USPTO record listing a
    std::uint32_t first_line;  // property twice: all of a record's rows are at its line)
    DealId deal;
    PatentId patent;
};

struct LoadSummary {
    std::uint64_t rows_read = 0;      // data rows, not counting header and blank lines
    std::uint64_t rows_skipped = 0;   // bad rows left out under --skip-bad-rows
    std::vector<std::string> first_skip_reasons;  // "FILE:LINE: what is wrong", the first few
    std::vector<std::string> files_without_rows;  // files that had a header and nothing after it
    std::uint64_t bytes_read = 0;
    double load_seconds = 0;
    // USPTO inputs: the recorded conveyances read (each one a deal's worth of rows; skipped ones included) and
    // the assignors, assignees and properties they listed.
    std::uint64_t records_read = 0, record_assignors = 0, record_assignees = 0, record_properties = 0;
    // USPTO records read more than once (the same reel/frame, the same content: overlapping downloads), kept once.
    std::uint64_t duplicate_records = 0;
    // USPTO records that list fewer properties than they say they have (the Assignment Center's search hits): how
    // many, and the first few as "FILE:LINE: what is short".
    std::uint64_t records_short_of_properties = 0;
    std::vector<std::string> first_short_records;
    // Inputs that hold less than they say they do (a search response listing fewer records than it found):
    // "FILE: what is short", one each.
    std::vector<std::string> short_inputs;
};

// A USPTO record (reel/frame) read twice with different content: both copies' rows are kept, and check says so.
struct DifferingRecordCopy {
    DealId deal;
    std::uint16_t file;  // where the later copy is
    std::uint32_t line;
    std::uint8_t differs;  // RecordPart bits: what is not the same
};
enum RecordPart : std::uint8_t {
    record_header = 1,  // date, kind or conveyance text
    record_assignors = 2,
    record_assignees = 4,
    record_properties = 8,
};

class Dataset {
public:
    std::vector<std::string> files;
    StringPool deals;     // deal identifiers as written
    StringPool parties;   // party keys (see party_name.h)
    PatentPool patents;   // patent keys (see patent_number.h)
    // USPTO input loaded with LoadOptions::with_patent_numbers: the applications and publications of the patents.
    PatentNumbers patent_numbers;
    StringPool spellings; // party names as written (and names given by alias or group files, counted 0 times)
    std::vector<PartyId> spelling_party;
    std::vector<std::uint32_t> spelling_count;
    std::vector<StringId> party_display;  // per party: its most frequent spelling, or the name an alias/group gave it
    // Keys an alias or group file merged into another party, and the party each now belongs to, so that a name
    // given on the command line still finds its party (see find_party).
    StringPool former_keys;
    std::vector<PartyId> former_party;

    // What USPTO records say of their deals (all empty for transfer CSV input): per deal, the conveyance text as
    // written, and the earlier recorded conveyance the text names (the lien a release ends, the record a
    // correction fixes) both as written ("49111/0583", an id in `references`) and as the loaded deal it is.
    StringPool conveyances;
    StringPool references;
    std::vector<StringId> deal_conveyance;  // npos: none; empty when no deal has a conveyance text
    std::vector<StringId> deal_reference;   // npos: none; empty when no deal names another
    std::vector<DealId> deal_link;          // npos: no reference, or the deal it names is not loaded; likewise
    // Role qualifiers cut from USPTO party names (`AS COLLATERAL AGENT`, see split_role), by deal and spelling.
    struct PartyRole {
        DealId deal;
        StringId spelling;
        StringId role;  // in `roles`
    };
    StringPool roles;
    std::vector<PartyRole> party_roles;  // sorted by deal after finish()
    // The role `party` plays in `deal`, or "".
    std::string_view role_in(DealId deal, PartyId party) const;

    std::vector<Transfer> transfers;           // ordered by deal, patent, from, to, kind, date
    std::vector<std::uint32_t> deal_begin;     // transfers of deal d: [deal_begin[d], deal_begin[d + 1])
    std::vector<DealInfo> deal_info;

    // Loaded with deal_patents_only (LoadOptions::deal_patents_only): of each row only its deal and patent are
    // kept (and its parties, when they are loaded), and its date and kind go into its deal's DealInfo;
    // `transfers` stays empty (so deal_transfers gives no rows), and after finish() each deal's distinct patents
    // (deal_patents) and parties (deal_parties) are listed instead.
    bool deal_patents_only = false;
    struct DealPatent {
        DealId deal;
        PatentId patent;
    };
    struct DealParty {
        DealId deal;
        PartyId party;
        bool operator==(const DealParty&) const = default;
    };
    struct RowParties {
        PartyId from, to;
    };
    // As loaded, all empty after finish(): the rows that may count (see count_rows), with their kinds when those
    // are kept and their parties for a sieve's last word; and every row's parties.
    std::vector<DealPatent> deal_patent_rows;
    std::vector<TransferKind> deal_patent_row_kinds;
    std::vector<RowParties> deal_patent_row_parties;
    std::vector<DealParty> deal_party_rows;
    std::vector<PatentId> patent_lists;          // each deal's distinct patents, ascending, deal after deal
    std::vector<std::uint32_t> patent_list_begin;  // deal d's: [patent_list_begin[d], patent_list_begin[d + 1])
    // With count_rows(..., kinds): per entry of patent_lists, the kinds of the deal's rows that carry that patent
    // (the rows that count).
    std::vector<KindSet> patent_kinds;
    std::vector<PartyId> party_lists;            // each deal's distinct parties, either side, likewise
    std::vector<std::uint32_t> party_list_begin;
    // With count_rows(..., sides): per entry of party_lists, the sides the party is on in its deal (PartySide bits).
    std::vector<std::uint8_t> party_sides;
    enum PartySide : std::uint8_t { from_side = 1, to_side = 2 };
    std::vector<DuplicateRow> duplicates;
    std::vector<DifferingRecordCopy> differing_record_copies;  // in the order read
    LoadSummary load;
    bool has_parties = true;  // false when loaded without parties (see LoadOptions::with_parties)

    std::span<const Transfer> deal_transfers(DealId deal) const {
        return {transfers.data() + deal_begin[deal], transfers.data() + deal_begin[deal + 1]};
    }
    std::span<const PatentId> deal_patents(DealId deal) const {  // with deal_patents_only
        return {patent_lists.data() + patent_list_begin[deal], patent_lists.data() + patent_list_begin[deal + 1]};
    }
    std::span<const PartyId> deal_parties(DealId deal) const {  // with deal_patents_only and parties
        return {party_lists.data() + party_list_begin[deal], party_lists.data() + party_list_begin[deal + 1]};
    }
    std::span<const std::uint8_t> deal_party_sides(DealId deal) const {  // deal_parties(deal)'s sides, when kept
        return {party_sides.data() + party_list_begin[deal], party_sides.data() + party_list_begin[deal + 1]};
    }
    // With patent kinds kept: deal_patents(deal)'s kinds, place by place (also after release_transfers).
    std::span<const KindSet> deal_patent_kinds(DealId deal) const {
        return {patent_kinds.data() + patent_list_begin[deal], patent_kinds.data() + patent_list_begin[deal + 1]};
    }

    // Loading with deal_patents_only, set before the first row: only the rows `sieve` lets through count toward
    // their deals' patents (null: all), and with `kinds` each deal's patents keep the kinds of their rows
    // (deal_patent_kinds). A deal's date, kinds and parties are those of all its rows. With `sides`, each deal
    // party keeps the sides it is on (party_sides), for grouping deals into transactions.
    void count_rows(RowSieve* sieve, bool kinds, bool sides = false) {
        keep_party_sides_ = sides;
        sieve_ = sieve;
        keep_row_kinds_ = kinds || (sieve && !sieve->settled_while_loading());
        keep_row_parties_ = sieve && !sieve->settled_while_loading();
        keep_patent_kinds_ = kinds;
    }
    // A dataset loaded whole, its party files applied, turned into one loaded with deal_patents_only and these
    // count_rows settings (the sieve asked only `counts`, as the parties are all known): for overlap and clusters
    // after an alias or group file, which remaps whole rows. Frees the rows.
    void narrow_to_deal_patents(RowSieve* sieve, bool kinds, bool sides = false);

    // Room for this many more rows (none when a sieve will let only some through).
    void reserve_rows(std::size_t rows) {
        if (!deal_patents_only) transfers.reserve(transfers.size() + rows);
        else if (!sieve_) deal_patent_rows.reserve(deal_patent_rows.size() + rows);
    }
    // Adds a loaded row: whole, or with deal_patents_only its deal and patent (when it may count), noting its
    // date, kind and parties.
    void add_row(const Transfer& t) {
        if (!deal_patents_only) {
            transfers.push_back(t);
            return;
        }
        note_parties(t);
        if (t.deal >= deal_info.size()) deal_info.resize(std::size_t(t.deal) + 1);
        DealInfo& info = deal_info[t.deal];
        if (info.date == 0 || t.date < info.date) info.date = t.date;
        info.kinds |= kind_bit(t.kind);
        if (sieve_ && !sieve_->may_count(*this, t)) return;
        keep_deal_patent(t);
    }
    std::string_view deal_name(DealId deal) const { return deals.str(deal); }
    std::string_view party_name(PartyId party) const { return spellings.str(party_display[party]); }
    std::string_view party_key(PartyId party) const { return parties.str(party); }
    std::string_view patent_name(PatentId patent) const { return patents.str(patent); }
    std::string_view conveyance_of(DealId deal) const {
        return deal < deal_conveyance.size() && deal_conveyance[deal] != StringPool::npos
                   ? conveyances.str(deal_conveyance[deal])
                   : std::string_view();
    }
    std::string_view reference_of(DealId deal) const {
        return deal < deal_reference.size() && deal_reference[deal] != StringPool::npos ? references.str(deal_reference[deal])
                                                                                        : std::string_view();
    }
    DealId linked_deal(DealId deal) const { return deal < deal_link.size() ? deal_link[deal] : StringPool::npos; }

    // Rank of each deal when deals are sorted by identifier, and the deal of each rank; computed on first use.
    const std::vector<std::uint32_t>& deal_name_rank() const;
    const std::vector<DealId>& deals_by_name() const;
    // For a caller that replaces the deals (transactions.h): the name order is worked out again on next use.
    void forget_deal_name_order() {
        deal_name_rank_.clear();
        deals_by_name_.clear();
    }

    // Puts party_roles in their order (by deal, spelling, role) and drops repeats: after finish(), and after a
    // caller renumbers their deals (transactions.h).
    void sort_party_roles();

    // Frees the transfer rows (and the per-deal offsets into them, and the patent lists, but not their kinds) for
    // a report that, once its indexes are built, needs only the interned names and per-deal summaries: this keeps
    // the peak memory of `overlap` low.
    void release_transfers();

    // Sorts and de-duplicates the transfers and fills the per-deal tables, display names and deal links. Called
    // once by the loader after the last row. `rank_deal_names`: also work out the deals' name order (see
    // deal_name_rank), alongside, for a report that will sort by it.
    // With `two_threads` false, every step runs on the calling thread.
    void finish(bool rank_deal_names = false, bool two_threads = true);

private:
    void note_parties(const Transfer& t) {
        if (t.from == StringPool::npos) return;  // parties not loaded
        // A deal's rows usually repeat them one after another.
        note_party({t.deal, t.from}, recent_from_, from_side);
        note_party({t.deal, t.to}, recent_to_, to_side);
    }
    void keep_deal_patent(const Transfer& t) {
        deal_patent_rows.push_back({t.deal, t.patent});
        if (keep_row_kinds_) deal_patent_row_kinds.push_back(t.kind);
        if (keep_row_parties_) deal_patent_row_parties.push_back({t.from, t.to});
    }
    void note_party(DealParty row, DealParty& recent, PartySide side) {
        if (row == recent) return;
        deal_party_rows.push_back(row);
        if (keep_party_sides_) deal_party_row_sides.push_back(side);
        recent = row;
    }
    std::vector<std::uint8_t> deal_party_row_sides;  // with keep_party_sides_: deal_party_rows' sides
    DealParty recent_from_{StringPool::npos, StringPool::npos}, recent_to_{StringPool::npos, StringPool::npos};
    void rank_deals_by_name() const;
    void finish_transfers(bool two_threads);
    void finish_deal_patents(bool two_threads);
    void keep_rows_that_count();
    RowSieve* sieve_ = nullptr;  // while loading (count_rows)
    bool keep_row_kinds_ = false, keep_row_parties_ = false, keep_patent_kinds_ = false, keep_party_sides_ = false;
    mutable std::vector<std::uint32_t> deal_name_rank_;
    mutable std::vector<DealId> deals_by_name_;
};

}  // namespace patlap
