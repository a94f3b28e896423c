#include "analysis/party_flows.h"
#include "commands.h"
#include "common_options.h"
#include "output/flows_report.h"

namespace patlap::cli {

CommandRunner add_flows_command(CLI::App& app) {
    struct Options {
        InputOptions input;
        OutputOptions output;
        std::vector<std::string> kinds;
    };
    auto options = std::make_shared<Options>();
    CLI::App* command = app.add_subcommand(
        "flows", "Party-to-party matrix: for each ordered pair, the deals and patents between them, and when");
    add_input_options(*command, options->input);
    add_output_options(*command, options->output);
    command->add_option("--kind", options->kinds, "Only transfers of this kind (repeatable)")
        ->check(kind_value)
        ->type_name("KIND")
        ->allow_extra_args(false);

    return [options]() {
        Dataset data = load_input(options->input);
        PartyGraph graph(data);
        std::vector<PartyFlow> flows = party_flows(data, graph, kind_set(options->kinds));
        return write_report(flows_table(data, flows), options->output);
    };
}

}  // namespace patlap::cli
