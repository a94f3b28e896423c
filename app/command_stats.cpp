#include "analysis/dataset_stats.h"
#include "commands.h"
#include "common_options.h"
#include "examples.h"
#include "output/stats_report.h"

namespace patlap::cli {

CommandRunner add_stats_command(CLI::App& app) {
    struct Options {
        InputOptions input;
        OutputOptions output;
    };
    auto options = std::make_shared<Options>();
    CLI::App* command = app.add_subcommand("stats", "Counts of what was loaded: rows, duplicates, deals, parties, ...");
    add_input_options(*command, options->input);
    add_output_options(*command, options->output);
    add_examples(*command, {"stats data/transfers.csv", "stats data/transfers.csv --json"});

    return [options]() {
        ReportOutput output = prepare_output(options->output);  // before the load: its mistakes show first
        Dataset data = load_input(options->input, {.record_texts = false});  // no conveyance texts shown
        return write_report(stats_table(compute_stats(data)), output);
    };
}

}  // namespace patlap::cli
