#pragma once
// How to load the input: what to keep of each row, how to treat bad rows, and whom to tell of progress.
#include "model/dataset.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

namespace patlap {

struct LoadProgress {
    std::uint64_t bytes_read = 0;   // across all files so far
    std::uint64_t bytes_total = 0;  // 0 when unknown (standard input, pipes)
    std::uint64_t rows = 0;
    bool done = false;
};

struct LoadOptions {
    // Field separator; when unset, tab for names ending in .tsv or .tsv.gz, comma otherwise.
    std::optional<char> delimiter;
    // Skip rows that break the format, counting them, instead of stopping at the first one.
    bool skip_bad_rows = false;
    std::size_t skip_reasons_kept = 5;
    // Intern the from/to parties. Reports that never look at parties (overlap without --party) turn this off:
    // the party columns are still checked, but not kept, which saves a third of the load time. Without parties
    // the dataset cannot tell duplicate rows apart, so it reports none.
    bool with_parties = true;
    // USPTO records: keep each deal's conveyance text, the earlier record the text names, and the role qualifiers
    // cut from party names (deals and convert show them; the title replay and check follow the links). Reports
    // that look at none of them (overlap, clusters, stats) turn this off.
    bool with_record_texts = true;
    // Keep of each row only its deal and patent (and its date and kind in its deal's DealInfo, and with parties
    // its deal's parties): 8 bytes a row instead of 28, for reports that look at nothing else (overlap,
    // clusters). See Dataset::deal_patents_only.
    bool deal_patents_only = false;
    // With deal_patents_only: only the rows this lets through count toward their deals' patents (see RowSieve;
    // null: every row). Its party names are looked up as written, so no alias or group file may apply after.
    RowSieve* row_sieve = nullptr;
    // With deal_patents_only: keep, with each deal's patents, the kinds of the rows that carry them
    // (Dataset::deal_patent_kinds), for overlap --list.
    bool with_patent_kinds = false;
    // With deal_patents_only and parties: keep the sides each deal party is on (Dataset::party_sides), for
    // grouping deals into transactions.
    bool with_party_sides = false;
    // USPTO records: keep the application and publication numbers each property names besides its patent key
    // (Dataset::patent_numbers), so that the analyst's application or publication number finds the patent.
    // Only commands that look patents up (chain) turn this on.
    bool with_patent_numbers = false;
    // Work out the deals' name order (Dataset::deal_name_rank) during the load's last steps, which leave a core
    // idle, for a report that sorts by deal name.
    bool rank_deal_names = false;
    // Threads that read and check rows (up to 4), and that build the data set's indexes (1: one of each);
    // 0: the cores.
    unsigned threads = 0;
    // Called after each batch of rows (a few thousand) and once at the end.
    std::function<void(const LoadProgress&)> progress;
};

inline constexpr const char* required_columns[] = {"deal", "date", "kind", "from", "to", "patent"};

// A row (or USPTO record) that cannot be used: throws InputError naming it, or under skip_bad_rows counts it and
// keeps the first few reasons.
void skip_bad_row(LoadSummary& load, const LoadOptions& options, const std::string& file, std::uint64_t line,
                  const std::string& problem);

// The field separator of a transfer CSV: options.delimiter, else tab for names ending in .tsv or .tsv.gz, else comma.
char delimiter_for(const std::string& path, const LoadOptions& options);

}  // namespace patlap
