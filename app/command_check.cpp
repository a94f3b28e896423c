#include "analysis/data_check.h"
#include "commands.h"
#include "common_options.h"
#include "examples.h"
#include "output/check_report.h"

#include <algorithm>
#include <fmt/format.h>

namespace patlap::cli {
namespace {

void print_summary(const CheckResult& result) {
    std::string ignored = result.ignored ? fmt::format(" ({} ignored)", result.ignored) : std::string();
    if (result.problems.empty()) {
        to_stderr(fmt::format("patlap: check: no problems found{}\n", ignored));
        return;
    }
    to_stderr(fmt::format("patlap: check: {} error(s), {} warning(s){}\n", result.errors, result.warnings, ignored));
    for (std::size_t i = 0; i < problem_code_count; ++i) {
        auto code = ProblemCode(i);
        if (result.counts[i])
            to_stderr(fmt::format("  {:<22} {:>9}  {}\n", code_name(code), result.counts[i], severity_name(severity_of(code))));
    }
}

}  // namespace

CommandRunner add_check_command(CLI::App& app) {
    struct Options {
        InputOptions input;
        OutputOptions output;
        bool strict = false;
        std::vector<std::string> fail_on, ignore;
        bool by_deal = false;
        PatentOptions patents;
        std::vector<std::string> parties;
    };
    auto options = std::make_shared<Options>();
    CLI::App* command = app.add_subcommand(
        "check", "Every problem in the data, one row each; exit status 1 when any is an error (for CI)");
    add_input_options(*command, options->input);
    add_output_options(*command, options->output, true);
    command->add_flag("--strict", options->strict, "Exit with status 1 on warnings too");
    const CLI::Validator code_value(
        [](std::string& value) {
            return parse_problem_code(value) ? std::string()
                                             : fmt::format("unknown code \"{}\" (valid: {})", value, code_list());
        },
        "");
    command->add_option("--fail-on", options->fail_on, "Exit with status 1 when a problem of this code is found, "
                                                       "warning or not (repeatable)")
        ->check(code_value)
        ->type_name("CODE")
        ->allow_extra_args(false);
    command->add_option("--ignore", options->ignore, "Leave out problems of this code: not listed, not counted, no "
                                                     "failure (repeatable)")
        ->check(code_value)
        ->type_name("CODE")
        ->allow_extra_args(false);
    command->add_flag("--by-deal", options->by_deal,
                      "One row per code and deal (how many patents, the first one's message) instead of per patent");

    add_patent_options(*command, options->patents);
    command->add_option("--party", options->parties,
                        "Only problems of deals with this party on either side (repeatable: any of them)")
        ->check(party_name_value)
        ->type_name("NAME")
        ->allow_extra_args(false);
    add_examples(*command, {"check data/transfers.csv", "check data/transfers.csv --strict --format github"});

    return [options]() {
        ReportOutput output = prepare_output(options->output);  // before the load: its mistakes show first
        std::vector<std::string> names = patent_names(options->patents, options->input);
        Dataset data = load_input(options->input, {.patent_numbers = options->patents.any()});
        PatentHistory history(data);
        CheckOptions check;
        if (options->patents.any()) check.patents = patent_marks(data, patents_or_warn(data, names));
        if (!options->parties.empty()) {
            std::vector<PartyId> parties;
            for (const auto& name : options->parties) {
                auto found = parties_or_warn(data, "--party", name);
                parties.insert(parties.end(), found.begin(), found.end());
            }
            check.parties = party_marks(data, parties);
        }
        for (const auto& code : options->ignore) check.ignored[std::size_t(*parse_problem_code(code))] = true;
        CheckResult result = check_data(data, history, check);
        int status = 0;
        if (options->by_deal) {
            std::vector<DealProblems> rows = problems_by_deal(result);
            status = write_report(check_by_deal_table(data, result, rows), output);
        } else {
            status = write_report(check_table(data, result), output);
        }
        print_summary(result);
        bool failed = result.errors > 0 || (options->strict && !result.problems.empty());
        for (const auto& code : options->fail_on) failed |= result.counts[std::size_t(*parse_problem_code(code))] > 0;
        return std::max(status, failed ? 1 : 0);
    };
}

}  // namespace patlap::cli
