#include "analysis/data_check.h"
#include "commands.h"
#include "common_options.h"
#include "output/check_report.h"

#include <algorithm>
#include <fmt/format.h>

namespace patlap::cli {
namespace {

void print_summary(const CheckResult& result) {
    if (result.problems.empty()) {
        to_stderr("patlap: check: no problems found\n");
        return;
    }
    to_stderr(fmt::format("patlap: check: {} error(s), {} warning(s)\n", result.errors, result.warnings));
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
    };
    auto options = std::make_shared<Options>();
    CLI::App* command = app.add_subcommand(
        "check", "Every problem in the data, one row each; exit status 1 when any is an error (for CI)");
    add_input_options(*command, options->input);
    add_output_options(*command, options->output);
    command->add_flag("--strict", options->strict, "Exit with status 1 on warnings too");

    return [options]() {
        Dataset data = load_input(options->input);
        PatentHistory history(data);
        CheckResult result = check_data(data, history, {});
        int status = write_report(check_table(data, result), options->output);
        print_summary(result);
        bool failed = result.errors > 0 || (options->strict && !result.problems.empty());
        return std::max(status, failed ? 1 : 0);
    };
}

}  // namespace patlap::cli
