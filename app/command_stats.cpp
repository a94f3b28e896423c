#include "analysis/dataset_stats.h"
#include "commands.h"
#include "common_options.h"
#include "examples.h"
#include "output/stats_report.h"
#include "transaction_options.h"

namespace patlap::cli {

CommandRunner add_stats_command(CLI::App& app) {
    struct Options {
        InputOptions input;
        OutputOptions output;
        TransactionOptions transactions;
    };
    auto options = std::make_shared<Options>();
    CLI::App* command = app.add_subcommand("stats", "Counts of what was loaded: rows, duplicates, deals, parties, ...");
    add_input_options(*command, options->input);
    add_output_options(*command, options->output);
    add_transaction_options(*command, options->transactions);
    add_examples(*command, {"stats data/transfers.csv", "stats data/transfers.csv --json"});

    return [options]() {
        ReportOutput output = prepare_output(options->output);  // before the load: its mistakes show first
        Dataset data = load_input(options->input, {.record_texts = false});  // no conveyance texts shown
        DatasetStats stats = compute_stats(data);
        if (options->transactions.on) count_transactions(stats, group_transactions(data, options->transactions.window));
        return write_report(stats_table(stats), output);
    };
}

}  // namespace patlap::cli
