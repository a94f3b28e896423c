#include "common_options.h"

#include "analysis/party_groups.h"
#include "model/patent_lookup.h"
#include "input/patent_list.h"
#include "base/errors.h"
#include "base/memory_budget.h"
#include "analysis/party_lookup.h"
#include "input/transfer_loader.h"
#include "model/date.h"
#include "model/party_name.h"
#include "input/party_files.h"
#include "model/transfer_kind.h"
#include "output/github_annotations.h"
#include "output/output_sink.h"
#include "progress.h"
#include "output/output_format.h"
#include "output/xlsx_writer.h"

#include <malloc.h>
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstdio>
#include <thread>
#include <unordered_set>
#include <fmt/format.h>
#include <sys/ioctl.h>
#include <unistd.h>

namespace patlap::cli {

const CLI::Validator date_value(
    [](std::string& value) { return parse_date(value) ? std::string() : "expected a date as YYYY-MM-DD or YYYYMMDD"; },
    "");

const CLI::Validator kind_value(
    [](std::string& value) {
        return parse_transfer_kind(value) ? std::string()
                                          : fmt::format("unknown kind \"{}\" (valid: {})", value, transfer_kind_list());
    },
    "");

const CLI::Validator party_name_value(
    [](std::string& value) {
        std::string key;
        return party_key(value, key) ? std::string() : "expected a party name with a letter or digit";
    },
    "");

const CLI::Validator fraction_value(
    [](std::string& value) {
        char* end = nullptr;
        double x = std::strtod(value.c_str(), &end);
        bool number = !value.empty() && end == value.c_str() + value.size() && std::isfinite(x);
        return number && x >= 0 && x <= 1 ? std::string() : "expected a number from 0 to 1";
    },
    "");

const CLI::Validator at_least_one(
    [](std::string& value) {
        return value.find_first_not_of("0123456789") == std::string::npos && value.find_first_not_of('0') != std::string::npos
                   ? std::string()
                   : "expected a whole number of at least 1";
    },
    "");

KindSet kind_set(const std::vector<std::string>& names) {
    KindSet set = 0;
    for (const auto& name : names) set |= kind_bit(*parse_transfer_kind(name));
    return set;
}

std::vector<PartyId> parties_or_warn(const Dataset& data, std::string_view option, const std::string& name) {
    PartyMatch match = match_party(data, name);
    std::string said = describe_match(data, option, name, match);
    if (match.how == PartyMatch::How::none) warn(said);
    else if (!said.empty()) note(said);
    return match.parties;
}

PartyId party_or_warn(const Dataset& data, std::string_view option, const std::string& name) {
    PartyMatch match = match_party(data, name);
    if (match.parties.size() > 1) {
        std::string names;
        for (std::size_t i = 0; i < match.parties.size() && i < 10; ++i)
            (names += i ? "; " : "") += data.party_name(match.parties[i]);
        if (match.parties.size() > 10) names += fmt::format("; and {} more", match.parties.size() - 10);
        throw UsageError(fmt::format("{} \"{}\" could be {} parties, whose names start with its words: {}. Name one "
                                     "of them",
                                     option, name, match.parties.size(), names));
    }
    std::string said = describe_match(data, option, name, match);
    if (match.how == PartyMatch::How::none) warn(said);
    else if (!said.empty()) note(said);
    return match.parties.empty() ? StringPool::npos : match.parties[0];
}

namespace {

std::optional<char> delimiter_of(const std::string& text) {
    if (text.empty()) return std::nullopt;
    if (text == "\\t" || text == "tab" || text == "\t") return '\t';
    return text[0];
}

// What --format or one of its shorthands asks for, or "".
std::string_view asked_format(const OutputOptions& options) {
    if (!options.format.empty()) return options.format;
    if (options.csv) return "csv";
    if (options.tsv) return "tsv";
    if (options.json) return "json";
    if (options.jsonl) return "jsonl";
    return "";
}

std::size_t table_width(const OutputOptions& options, bool to_terminal) {
    if (options.width >= 0) return std::size_t(options.width);
    if (!to_terminal) return 0;
    winsize size{};
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
    return 100;
}

}  // namespace

void to_stderr(std::string_view text) {
    // Not fmt::print, which throws when stderr is a closed pipe: a message that cannot be shown is not a reason to
    // stop the run.
    if (std::fwrite(text.data(), 1, text.size(), stderr) != text.size()) std::clearerr(stderr);
}

void warn(const std::string& message) { to_stderr(fmt::format("patlap: warning: {}\n", message)); }

void note(const std::string& message) { to_stderr(fmt::format("patlap: note: {}\n", message)); }

namespace {
unsigned threads_given = 0;
}  // namespace

unsigned thread_count() { return threads_given ? threads_given : std::clamp(std::thread::hardware_concurrency(), 1u, 8u); }

void add_input_options(CLI::App& command, InputOptions& options) {
    command.add_option("FILE", options.files,
                       "Input files: transfer CSV, USPTO XML, JSON or PAD tables, plain, gzipped or zipped (- or none: "
                       "standard input, when it is not a terminal)")
        ->type_name("FILE");
    command.add_option("--delimiter", options.delimiter,
                       "Field separator: one character, or \\t / tab (default: tab for .tsv files, else comma)")
        ->type_name("CHAR")
        ->check([](const std::string& value) {
            return delimiter_of(value) && (value.size() == 1 || value == "\\t" || value == "tab")
                       ? std::string()
                       : "expected one character, \\t or tab";
        });
    command.add_flag("--skip-bad-rows", options.skip_bad_rows,
                     "Skip rows that break the format (counting them and naming the first few) instead of stopping");
    command.add_flag("-q,--quiet", options.quiet, "No progress display on long loads");
    command.add_option("--threads", threads_given, "Threads for the load, the analysis and the writer (default: the cores, up to 8)")
        ->check(CLI::Range(1u, 256u).description(""))
        ->type_name("N");
    command.add_option("--aliases", options.aliases,
                       "CSV with columns name,party: each name (matched by party key) is another way of writing that party")
        ->type_name("FILE");
    command.add_option("--groups", options.groups,
                       "CSV with columns party,group: the corporate family of each party, for --by group")
        ->type_name("FILE");
    command.add_option("--by", options.by, "Report on parties (default), or on their groups: --groups, --link-renames")
        ->check(CLI::IsMember({"party", "group"}).description(""))
        ->type_name("party|group");
    command.add_flag("--link-renames", options.link_renames,
                     "For --by group: the two parties of a name-change or merger transfer are one family");
    command.parse_complete_callback([&options] {
        // As cat, grep and xsv do: no FILE reads standard input, unless that is the terminal, where it would wait
        // for typing the user did not mean to do.
        if (options.files.empty()) {
            if (isatty(STDIN_FILENO))
                throw CLI::ValidationError("FILE: name the input files, or pipe the data in (standard input is a terminal)");
            options.files.push_back("-");
        }
        if (options.by == "group" && options.groups.empty() && !options.link_renames)
            throw CLI::ValidationError("--by group needs --groups FILE or --link-renames");
    });
}

void add_memory_option(CLI::App& command, std::uint64_t& memory) {
    memory = default_memory_budget();
    command
        .add_option_function<std::string>(
            "--memory",
            [&memory](const std::string& value) {
                // The validator let only sizes through.
                memory = *parse_memory_size(value);
            },
            "Memory the answer may hold before it spills to TMPDIR, as 4G, 500M, 1.5GiB (default: half of the "
            "physical memory, or of the cgroup's limit)")
        ->check(CLI::Validator(
            [](std::string& value) {
                return parse_memory_size(value) ? std::string()
                                                : "expected a size of at least 64K, as 4G, 500M, 1.5GiB or 65536";
            },
            ""))
        ->type_name("SIZE");
}

void add_patent_options(CLI::App& command, PatentOptions& options) {
    command.add_option("--patent", options.patents,
                       "This patent, by patent, application or publication number (repeatable)")
        ->type_name("P")
        ->allow_extra_args(false);
    command.add_option("--patents-from", options.patents_from,
                       "The patents listed in FILE, one a line (gzip read transparently; - for standard input)")
        ->type_name("FILE");
}

std::vector<std::string> patent_names(const PatentOptions& options, const InputOptions& input) {
    if (options.patents_from == "-" && std::find(input.files.begin(), input.files.end(), "-") != input.files.end())
        throw UsageError("--patents-from - and the input FILE - cannot both read standard input");
    std::vector<std::string> names = options.patents;
    if (!options.patents_from.empty()) {
        auto listed = read_patent_list(options.patents_from);
        names.insert(names.end(), listed.begin(), listed.end());
    }
    return names;
}

std::vector<PatentId> patents_or_warn(const Dataset& data, const std::vector<std::string>& names) {
    std::vector<PatentId> found;
    std::unordered_set<std::string_view> seen;
    for (const auto& name : names) {
        if (!seen.insert(name).second) continue;
        PatentMatch match = find_patent(data, name);
        if (match.patent == StringPool::npos) {
            warn(fmt::format("no patent {} in the data", name));
            continue;
        }
        if (match.via != PatentMatch::Via::key) note(describe_match(data, name, match));
        found.push_back(match.patent);
    }
    return found;
}

std::vector<char> patent_marks(const Dataset& data, const std::vector<PatentId>& patents) {
    std::vector<char> marks(data.patents.size(), 0);
    for (PatentId p : patents) marks[p] = 1;
    return marks;
}

std::vector<char> party_marks(const Dataset& data, const std::vector<PartyId>& parties) {
    std::vector<char> marks(data.parties.size(), 0);
    for (PartyId p : parties) marks[p] = 1;
    return marks;
}

void add_output_options(CLI::App& command, OutputOptions& options, bool with_github) {
    // The formats a file can be written in (one list with the -o extensions), and the terminal's table.
    std::vector<std::string> formats = {"table"};
    for (const FormatExtension& extension : table_extensions()) formats.emplace_back(extension.format);
    if (with_github) formats.push_back("github");
    const CLI::Validator format_value(
        [formats](std::string& value) {
            if (std::find(formats.begin(), formats.end(), value) != formats.end()) return std::string();
            if (value == "github")
                return fmt::format("github is only for check; this command takes {{{}}}", fmt::join(formats, ","));
            return fmt::format("{} not in {{{}}}", value, fmt::join(formats, ","));
        },
        "");
    command.add_option("--format", options.format,
                       "Output format (default: from the -o extension, else table on a terminal and csv otherwise)")
        ->check(format_value)
        ->type_name(fmt::format("{}", fmt::join(formats, "|")));
    command.add_flag("--csv", options.csv, "Same as --format csv");
    command.add_flag("--tsv", options.tsv, "Same as --format tsv");
    command.add_flag("--json", options.json, "Same as --format json");
    command.add_flag("--jsonl", options.jsonl, "Same as --format jsonl");
    command.add_flag("--no-header", options.no_header, "Leave out the header row (csv, tsv, table)");
    command.add_option("-o,--output", options.output_file,
                       "Write the report to FILE (replaced only once complete): .csv, .tsv, .json, .jsonl or .xlsx picks "
                       "the format, and .gz on top compresses it")
        ->type_name("FILE");
    command.add_flag("--fail-if-any", options.fail_if_any, "Exit with status 1 when the report has any row");
    command.add_flag("--excel-safe", options.excel_safe,
                     "csv/tsv: put ' before text cells starting with = + - @ tab or CR, so a spreadsheet never "
                     "runs them as formulas");
    command.add_option("--width", options.width, "Table width in columns (0: no limit; default: the terminal's)")
        ->check(CLI::NonNegativeNumber.description(""))
        ->type_name("N");
}

namespace {

// An option that takes one checked value at a time and may be given again.
void add_repeatable(CLI::App& command, const std::string& name, std::vector<std::string>& values,
                    const std::string& help, const CLI::Validator& check, const std::string& type) {
    command.add_option(name, values, help)->check(check)->type_name(type)->allow_extra_args(false);
}

}  // namespace

void add_deal_filter_options(CLI::App& command, DealFilterOptions& options, bool with_deal) {
    if (with_deal)
        command.add_option("--deal", options.deals, "Only pairs involving this deal (repeatable)")
            ->type_name("ID")
            ->allow_extra_args(false);
    add_repeatable(command, "--party", options.parties,
                   "Only deals with this party on either side, matched by party key (repeatable)", party_name_value,
                   "NAME");
    add_repeatable(command, "--kind", options.kinds, "Only deals with rows of this kind (repeatable)", kind_value,
                   "KIND");
    add_repeatable(command, "--exclude-kind", options.excluded_kinds,
                   "Leave out deals with rows of this kind (repeatable)", kind_value, "KIND");
    command.add_option("--since", options.since, "Only deals dated on or after DATE")->check(date_value)->type_name("DATE");
    command.add_option("--until", options.until, "Only deals dated on or before DATE")->check(date_value)->type_name("DATE");
}

void add_row_filter_options(CLI::App& command, RowFilterOptions& options) {
    add_repeatable(command, "--to", options.to,
                   "Count only the rows in which this party receives, matched as --party is (repeatable: any)",
                   party_name_value, "NAME");
    add_repeatable(command, "--from", options.from,
                   "Count only the rows in which this party gives, matched as --party is (repeatable: any)",
                   party_name_value, "NAME");
    add_repeatable(command, "--row-kind", options.kinds, "Count only the rows of this kind (repeatable: any)",
                   kind_value, "KIND");
}

RowFilterSpec row_filter_spec(const RowFilterOptions& options) {
    return {options.to, options.from, kind_set(options.kinds)};
}

void check_row_filter(const Dataset& data, RowFilter& filter) {
    for (const auto& [option, name, match] : filter.matches(data)) {
        std::string said = describe_match(data, option, name, match);
        if (match.how == PartyMatch::How::none) throw UsageError(fmt::format("{}: {}", option, said));
        if (!said.empty()) note(said);
    }
}

Dataset load_input(const InputOptions& options, const ReportNeeds& needs) {
    // The party files are small: reading them first shows a mistake in them before a long load.
    std::vector<PartyAlias> aliases;
    if (!options.aliases.empty()) aliases = read_alias_file(options.aliases);
    std::vector<GroupMember> groups;
    if (!options.groups.empty()) groups = read_group_file(options.groups);
    bool by_group = options.by == "group";
    if (!by_group && (!options.groups.empty() || options.link_renames))
        warn("--groups and --link-renames have no effect without --by group");

    LoadOptions load;
    load.with_parties = needs.parties || !options.aliases.empty() || by_group;
    load.with_record_texts = needs.record_texts;
    load.rank_deal_names = needs.deal_name_order;
    load.with_patent_numbers = needs.patent_numbers;
    // Alias and group files remap the parties on whole rows (and linked renames follow the rows' kinds).
    load.deal_patents_only = needs.deal_patents_only && options.aliases.empty() && !by_group;
    if (load.deal_patents_only) {
        load.row_sieve = needs.row_sieve;
        load.with_patent_kinds = needs.patent_kinds;
        load.with_party_sides = needs.party_sides;
    }
    load.delimiter = delimiter_of(options.delimiter);
    load.skip_bad_rows = options.skip_bad_rows;
    load.threads = thread_count();
    ProgressDisplay display(!options.quiet && isatty(STDERR_FILENO));
    if (display.enabled()) load.progress = [&display](const LoadProgress& p) { display.update(p); };
    Dataset data = load_transfers(options.files, load);
    malloc_trim(0);  // what the load freed in the heap of small blocks goes back before the report's own peak
    for (const auto& file : data.load.files_without_rows) warn(fmt::format("{}: no rows after the header", file));
    for (const auto& input : data.load.short_inputs) warn(input);
    if (data.load.records_short_of_properties > 0) {
        warn(fmt::format("{} record(s) list fewer properties than they say they have (the Assignment Center's search "
                         "hits do not always list them all): their rows cover the listed ones only. First ones:",
                         data.load.records_short_of_properties));
        for (const auto& record : data.load.first_short_records) to_stderr(fmt::format("  {}\n", record));
    }
    if (data.load.rows_skipped > 0) {
        warn(fmt::format("skipped {} bad row(s) of {} read; the report covers the rest. First reasons:",
                         data.load.rows_skipped, data.load.rows_read));
        for (const auto& reason : data.load.first_skip_reasons) to_stderr(fmt::format("  {}\n", reason));
    }
    if (!aliases.empty()) apply_party_mapping(data, alias_mapping(data, aliases));
    if (by_group) apply_party_mapping(data, group_mapping(data, groups, options.link_renames));
    if (needs.deal_patents_only && !data.deal_patents_only && (needs.row_sieve || needs.patent_kinds))
        data.narrow_to_deal_patents(needs.row_sieve, needs.patent_kinds, needs.party_sides);
    return data;
}

DealSelection select_from_options(const Dataset& data, const DealFilterOptions& options, RowFilter* rows) {
    if (rows) check_row_filter(data, *rows);
    DealFilter filter;
    filter.parties = options.parties;
    filter.kinds = kind_set(options.kinds);
    filter.excluded_kinds = kind_set(options.excluded_kinds);
    if (!options.since.empty()) filter.since = *parse_date(options.since);
    if (!options.until.empty()) filter.until = *parse_date(options.until);
    DealSelection selection = select_deals(data, filter);
    for (const auto& message : selection.unmatched) warn(message);
    for (const auto& message : selection.notes) note(message);
    if (rows && rows->any()) leave_out_deals_without_rows(data, selection.selected);
    return selection;
}

std::vector<DealId> focus_from_options(const Dataset& data, const DealFilterOptions& options) {
    std::vector<std::string> unmatched;
    auto deals = find_deals(data, options.deals, unmatched);
    for (const auto& message : unmatched) warn(message);
    return deals;
}

ReportOutput prepare_output(const OutputOptions& options, std::string_view default_format) {
    std::string_view asked = asked_format(options);
    if (asked == "github") {  // annotations for a workflow log: whatever the file is called
        std::string path = options.output_file == "-" ? "" : options.output_file;
        return ReportOutput{options, OutputTarget{path, "github", false}};
    }
    ReportOutput output{options, plan_output(asked, options.output_file, table_extensions())};
    if (output.target.format.empty()) {
        bool terminal = output.target.path.empty() && isatty(STDOUT_FILENO);
        output.target.format = !default_format.empty() ? default_format : terminal ? "table" : "csv";
    }
    return output;
}

int write_report(const Table& table, const ReportOutput& output) {
    const OutputOptions& options = output.options;
    bool xlsx = output.target.format == "xlsx", github = output.target.format == "github";
    WriteOptions write;
    write.format = xlsx || github ? OutputFormat::csv : *parse_output_format(output.target.format);
    write.header = !options.no_header;
    bool to_terminal = output.target.path.empty() && isatty(STDOUT_FILENO);
    write.width = write.format == OutputFormat::table ? table_width(options, to_terminal) : 0;
    write.excel_safe = options.excel_safe;
    write.threads = thread_count();
    std::vector<std::string> hidden;
    write.hidden_columns = &hidden;
    int status = options.fail_if_any && table.row_count > 0 ? 1 : 0;
    OutputSink sink(output.target);
    try {
        sink.commit(xlsx     ? write_xlsx(sink.stream(), table, write.header)
                    : github ? write_github_annotations(sink.stream(), table)
                             : write_table(sink.stream(), table, write));
    } catch (const OutputClosed&) {
        // The reader took what it wanted (`patlap ... | head`): end quietly, with the status the report earned.
    }
    if (!hidden.empty())
        note(fmt::format("{} column{} hidden to fit {} columns: {} (--width 0 shows every column; csv, tsv and json "
                         "always do)",
                         hidden.size(), hidden.size() == 1 ? "" : "s", write.width, fmt::join(hidden, ", ")));
    return status;
}

}  // namespace patlap::cli
