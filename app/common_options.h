#pragma once
// Options every command shares: which files to read and how, and how to write the report.
#include "analysis/deal_filter.h"
#include "analysis/row_filter.h"
#include "model/dataset.h"
#include "output/output_target.h"
#include "output/table.h"

#include <CLI/CLI.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace patlap::cli {

struct InputOptions {
    std::vector<std::string> files;
    std::string delimiter;
    bool skip_bad_rows = false;
    bool quiet = false;
    // Party layers, applied right after loading (docs/manual.md, "Parties: keys, alias files, group files").
    std::string aliases, groups;
    std::string by = "party";
    bool link_renames = false;
};

struct OutputOptions {
    std::string format;
    bool csv = false, tsv = false, json = false, jsonl = false;
    bool no_header = false;
    std::string output_file;
    bool fail_if_any = false;
    bool excel_safe = false;
    int width = -1;  // -1: the terminal's width when writing to a terminal
};

struct DealFilterOptions {
    std::vector<std::string> deals, parties, kinds, excluded_kinds;
    std::string since, until;
};

// Which rows count toward a deal's patents (overlap, clusters): see analysis/row_filter.h.
struct RowFilterOptions {
    std::vector<std::string> to, from, kinds;
};

// Patents named on the command line: --patent (repeatable) and --patents-from FILE.
struct PatentOptions {
    std::vector<std::string> patents;
    std::string patents_from;
    bool any() const { return !patents.empty() || !patents_from.empty(); }
};

void add_input_options(CLI::App& command, InputOptions& options);
// The threads a command may use (--threads, which add_input_options registers; default: the cores, up to 8):
// for the load, the analyses and the writer. Every report is the same, byte for byte, whatever the count.
unsigned thread_count();
void add_patent_options(CLI::App& command, PatentOptions& options);
// The names given, the list file's after --patent's (read before the load, so a mistake in it shows first).
// Throws UsageError when the list and an input FILE would both read standard input.
std::vector<std::string> patent_names(const PatentOptions& options, const InputOptions& input);
// Each patent named, once, in the order first named: a name that finds one by its application or publication
// says so on stderr, one that finds none is a warning.
std::vector<PatentId> patents_or_warn(const Dataset& data, const std::vector<std::string>& names);
// Marks, per patent or per party, of the ones given.
std::vector<char> patent_marks(const Dataset& data, const std::vector<PatentId>& patents);
std::vector<char> party_marks(const Dataset& data, const std::vector<PartyId>& parties);
// with_github: --format github is accepted too (check's findings as GitHub annotations, see write_report).
void add_output_options(CLI::App& command, OutputOptions& options, bool with_github = false);
void add_deal_filter_options(CLI::App& command, DealFilterOptions& options, bool with_deal);
void add_row_filter_options(CLI::App& command, RowFilterOptions& options);
RowFilterSpec row_filter_spec(const RowFilterOptions& options);

// --memory SIZE: the bytes an answer that can outgrow memory (overlap's pairs and --list rows) may hold before it
// spills to TMPDIR. `memory` starts as the default (default_memory_budget); a size that is not one, or is below
// 64 KiB, is a usage error.
void add_memory_option(CLI::App& command, std::uint64_t& memory);

// What of the input a report looks at, beyond deals and patents.
struct ReportNeeds {
    bool parties = true;       // left out unless a party layer is asked for (LoadOptions::with_parties)
    bool record_texts = true;  // LoadOptions::with_record_texts
    bool deal_name_order = false;  // LoadOptions::rank_deal_names
    bool deal_patents_only = false;  // LoadOptions::deal_patents_only
    bool patent_numbers = false;  // LoadOptions::with_patent_numbers
    // With deal_patents_only: the rows that count (LoadOptions::row_sieve, or else narrow_to_deal_patents after
    // the party files), and the kinds of each deal's patents (LoadOptions::with_patent_kinds).
    RowSieve* row_sieve = nullptr;
    bool patent_kinds = false;
    // With deal_patents_only: the sides of each deal's parties (Dataset::party_sides), for --transactions.
    bool party_sides = false;
};

// Loads the input files, showing progress on a terminal and warning about skipped rows, then applies the alias
// file and, with --by group, the groups. What the report does not need is left out.
Dataset load_input(const InputOptions& options, const ReportNeeds& needs = {});

// Turns the filter options into a selection, warning about names that match nothing. With a row filter, its
// names are checked first (check_row_filter), and the deals with no row that counts are left out.
DealSelection select_from_options(const Dataset& data, const DealFilterOptions& options, RowFilter* rows = nullptr);
std::vector<DealId> focus_from_options(const Dataset& data, const DealFilterOptions& options);

// The output options with the format and file worked out, by prepare_output before the load.
struct ReportOutput {
    OutputOptions options;
    OutputTarget target;  // its format is never empty
};

// Works out the format (--format, its shorthands, the -o extension; else `default_format`, or table on a terminal
// and csv otherwise) and checks the -o file can be made, before the load: a usage error there shows at once.
ReportOutput prepare_output(const OutputOptions& options, std::string_view default_format = "");

// Says on stderr which parties the row filter's names matched (a note when by the start of a name); a name that
// matches none is a usage error naming the closest parties.
void check_row_filter(const Dataset& data, RowFilter& filter);

// Writes the report where the output says; returns the exit status (0, or 1 for --fail-if-any with rows). With
// --format github, `table` is a check report, written as annotations.
int write_report(const Table& table, const ReportOutput& output);

void warn(const std::string& message);
void note(const std::string& message);
// Writes to stderr, ignoring failure (a closed stderr must not stop the run).
void to_stderr(std::string_view text);

// Accepts a number from 0 to 1 (not nan, not inf).
extern const CLI::Validator fraction_value;
// Accepts whole numbers from 1 up.
extern const CLI::Validator at_least_one;
// Accepts YYYY-MM-DD or YYYYMMDD.
extern const CLI::Validator date_value;
// Accepts a party name: one with a letter or digit (an empty name would match nothing, or everything).
extern const CLI::Validator party_name_value;
// Accepts a transfer kind's name.
extern const CLI::Validator kind_value;

// The kinds named (validated with kind_value), as a set.
KindSet kind_set(const std::vector<std::string>& names);

// The parties a name given to `option` means (match_party), saying on stderr how it matched, or warning that none
// does (with the closest parties).
std::vector<PartyId> parties_or_warn(const Dataset& data, std::string_view option, const std::string& name);
// Likewise, for an option that takes one party: a name that could be several is a usage error listing them; npos
// when none.
PartyId party_or_warn(const Dataset& data, std::string_view option, const std::string& name);

}  // namespace patlap::cli
