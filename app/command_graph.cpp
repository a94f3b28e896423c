#include "analysis/party_network.h"
#include "commands.h"
#include "common_options.h"
#include "examples.h"
#include "output/graphviz_render.h"
#include "output/output_sink.h"
#include "output/stdio_ostream.h"
#include "output/graph_export.h"
#include "transaction_options.h"

#include <sstream>

namespace patlap::cli {
namespace {

struct GraphOptions {
    InputOptions input;
    DealFilterOptions filter;
    std::string format, output_file, around;
    bool by_deal = false;
    unsigned min_patents = 1, depth = 1;
    TransactionOptions transactions;
};

void write_graph(OutputSink& sink, GraphFormat format, const Dataset& data, const PartyNetwork& graph) {
    if (format == GraphFormat::svg || format == GraphFormat::png) {
        std::ostringstream dot;
        write_dot(dot, data, graph);
        sink.commit(render_dot(dot.str(), format == GraphFormat::svg ? "svg" : "png", sink.stream()));
        return;
    }
    StdioOstream stream(sink.stream());
    if (format == GraphFormat::dot) write_dot(stream, data, graph);
    else if (format == GraphFormat::graphml) write_graphml(stream, data, graph);
    else write_graph_json(stream, data, graph);
    stream.drain();
    sink.commit(stream.error());
}

}  // namespace

CommandRunner add_graph_command(CLI::App& app) {
    auto options = std::make_shared<GraphOptions>();
    CLI::App* command =
        app.add_subcommand("graph", "The party graph: who transferred, licensed or pledged patents to whom");
    add_input_options(*command, options->input);
    add_deal_filter_options(*command, options->filter, false);
    command->add_option("--format", options->format, "Graph format (default: from the -o extension, else dot)")
        ->check(CLI::IsMember({"dot", "graphml", "json", "svg", "png"}).description(""))
        ->type_name("dot|graphml|json|svg|png");
    command->add_option("-o,--output", options->output_file,
                        "Write the graph to FILE (replaced only once complete): .dot, .gv, .graphml, .json, .svg or "
                        ".png picks the format, and .gz on top compresses it")
        ->type_name("FILE");
    CLI::Option* by_deal = command->add_flag("--by-deal", options->by_deal,
                                             "One edge per deal (and party pair and kind) instead of per party pair and kind");
    add_transaction_options(*command, options->transactions)->needs(by_deal);
    command->add_option("--min-patents", options->min_patents, "Only edges carrying at least N distinct patents")
        ->check(at_least_one)
        ->type_name("N");
    CLI::Option* around =
        command->add_option("--around", options->around, "Only parties within --depth edges of this one (by party key)")
        ->check(party_name_value)
            ->type_name("NAME");
    command->add_option("--depth", options->depth, "How many edges from the --around party (default 1)")
        ->check(at_least_one)
        ->type_name("N")
        ->needs(around);
    add_examples(*command, {"graph data/transfers.csv --around Xiaomi",
                            "graph data/transfers.csv --format json --min-patents 10"});

    return [options]() {
        // Before a long load, not after: the -o name, and Graphviz for a picture.
        OutputTarget target = plan_output(options->format, options->output_file, graph_extensions());
        if (target.format.empty()) target.format = "dot";
        GraphFormat format = *parse_graph_format(target.format);
        if (format == GraphFormat::svg || format == GraphFormat::png) require_dot(target.format);
        Dataset data = load_input(options->input);
        group_if_asked(data, options->transactions);
        PartyNetworkOptions graph_options;
        graph_options.selected = select_from_options(data, options->filter).selected;
        graph_options.by_deal = options->by_deal;
        graph_options.min_patents = options->min_patents;
        graph_options.depth = options->depth;
        if (!options->around.empty()) {
            graph_options.around = party_or_warn(data, "--around", options->around);
        }
        PartyNetwork graph = build_party_network(data, graph_options);

        OutputSink sink(target);
        write_graph(sink, format, data, graph);
        return 0;
    };
}

}  // namespace patlap::cli
