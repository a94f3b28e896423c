#include "analysis/flow.h"
#include "commands.h"
#include "common_options.h"
#include "examples.h"
#include "model/date.h"
#include "output/flow_report.h"

namespace patlap::cli {

CommandRunner add_flow_command(CLI::App& app) {
    struct Options {
        InputOptions input;
        OutputOptions output;
        std::string from, to, via, as_of;
        bool include_licenses = false;
        bool summary = false;
    };
    auto options = std::make_shared<Options>();
    CLI::App* command = app.add_subcommand(
        "flow", "Patents that travelled from one party to another: the path of title transfers, dated");
    add_input_options(*command, options->input);
    add_output_options(*command, options->output);
    command->add_option("--from", options->from, "Starting party (matched by party key)")->required()
        ->check(party_name_value)->type_name("NAME");
    command->add_option("--to", options->to, "Arriving party")->required()
        ->check(party_name_value)->type_name("NAME");
    command->add_option("--via", options->via, "Only paths through this party")
        ->check(party_name_value)->type_name("NAME");
    command->add_option("--as-of", options->as_of, "Only transfers on or before DATE")->check(date_value)->type_name("DATE");
    command->add_flag("--include-licenses", options->include_licenses, "Also follow licences (rights, not title)");
    command->add_flag("--summary", options->summary, "One row per distinct path with its patent count");
    add_examples(*command, {"flow data/transfers.csv --from Nokia --to Xiaomi",
                            "flow data/transfers.csv --from Nokia --to Xiaomi --include-licenses --summary"});

    return [options]() {
        ReportOutput output = prepare_output(options->output);  // before the load: its mistakes show first
        Dataset data = load_input(options->input);
        FlowQuery query;
        query.from = party_or_warn(data, "--from", options->from);
        query.to = party_or_warn(data, "--to", options->to);
        if (!options->via.empty()) {
            query.via = party_or_warn(data, "--via", options->via);
            if (query.via == StringPool::npos) query.from = StringPool::npos;  // no path can pass through it
        }
        if (query.from != StringPool::npos && query.from == query.to)
            warn("--from and --to name the same party; no patent travels from a party to itself");
        if (!options->as_of.empty()) query.as_of = *parse_date(options->as_of);
        query.include_licenses = options->include_licenses;
        PartyGraph graph(data);
        FlowResult flows = find_flows(data, graph, query);
        if (options->summary) return write_report(flow_summary_table(data, summarize_flows(data, flows)), output);
        return write_report(flow_table(data, flows), output);
    };
}

}  // namespace patlap::cli
