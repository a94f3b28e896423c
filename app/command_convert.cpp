#include "commands.h"
#include "common_options.h"
#include "examples.h"
#include "output/transfers_report.h"

namespace patlap::cli {

CommandRunner add_convert_command(CLI::App& app) {
    struct Options {
        InputOptions input;
        OutputOptions output;
    };
    auto options = std::make_shared<Options>();
    CLI::App* command = app.add_subcommand(
        "convert", "Write any supported input (transfer CSV, USPTO XML, PAD tables) as the canonical transfer CSV");
    add_input_options(*command, options->input);
    add_output_options(*command, options->output);
    add_examples(*command, {"convert data/transfers.csv --tsv",
                            "convert data/transfers.csv --aliases data/aliases.csv --jsonl"});

    return [options]() {
        // CSV unless asked otherwise, on a terminal too: it is what the other commands read.
        ReportOutput output = prepare_output(options->output, "csv");
        Dataset data = load_input(options->input);
        return write_report(transfers_table(data), output);
    };
}

}  // namespace patlap::cli
