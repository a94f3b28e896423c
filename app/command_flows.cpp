#include "analysis/party_flows.h"
#include "commands.h"
#include "model/date.h"
#include "common_options.h"
#include "examples.h"
#include "output/flows_report.h"

namespace patlap::cli {

CommandRunner add_flows_command(CLI::App& app) {
    struct Options {
        InputOptions input;
        OutputOptions output;
        std::vector<std::string> kinds, parties;
        std::string since, until;
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
    command->add_option("--party", options->parties, "Only transfers from or to this party (repeatable: any of them)")
        ->check(party_name_value)
        ->type_name("NAME")
        ->allow_extra_args(false);
    command->add_option("--since", options->since, "Only transfers dated on or after DATE")->check(date_value)->type_name("DATE");
    command->add_option("--until", options->until, "Only transfers dated on or before DATE")->check(date_value)->type_name("DATE");
    add_examples(*command, {"flows data/transfers.csv --party xiaomi --since 2016-01-01",
                            "flows data/transfers.csv --kind license --csv"});

    return [options]() {
        ReportOutput output = prepare_output(options->output);  // before the load: its mistakes show first
        Dataset data = load_input(options->input);
        PartyGraph graph(data);
        FlowsFilter filter;
        filter.kinds = kind_set(options->kinds);
        if (!options->parties.empty()) {
            std::vector<PartyId> parties;
            for (const auto& name : options->parties) {
                auto found = parties_or_warn(data, "--party", name);
                parties.insert(parties.end(), found.begin(), found.end());
            }
            filter.parties = party_marks(data, parties);
        }
        if (!options->since.empty()) filter.since = *parse_date(options->since);
        if (!options->until.empty()) filter.until = *parse_date(options->until);
        std::vector<PartyFlow> flows = party_flows(data, graph, filter);
        return write_report(flows_table(data, flows), output);
    };
}

}  // namespace patlap::cli
