#include "analysis/deal_clusters.h"
#include "analysis/overlap.h"
#include "commands.h"
#include "common_options.h"
#include "examples.h"
#include "output/clusters_report.h"
#include "transaction_options.h"

namespace patlap::cli {

CommandRunner add_clusters_command(CLI::App& app) {
    struct Options {
        InputOptions input;
        OutputOptions output;
        DealFilterOptions filter;
        RowFilterOptions rows;
        bool members = false;
        unsigned min_deals = 1;
        TransactionOptions transactions;
    };
    auto options = std::make_shared<Options>();
    CLI::App* command = app.add_subcommand("clusters", "Clusters of deals linked by shared patents");
    add_input_options(*command, options->input);
    add_output_options(*command, options->output);
    add_deal_filter_options(*command, options->filter, false);
    add_row_filter_options(*command, options->rows);
    command->add_flag("--members", options->members, "One row per deal (cluster, deal) instead of per cluster");
    command->add_option("--min-deals", options->min_deals, "Only clusters of at least N deals (default 1)")
        ->check(at_least_one)
        ->type_name("N");
    add_transaction_options(*command, options->transactions);
    add_examples(*command, {"clusters data/transfers.csv", "clusters data/transfers.csv --members --min-deals 3"});

    return [options]() {
        ReportOutput output = prepare_output(options->output);  // before the load: its mistakes show first
        // No conveyance texts shown; clusters are listed by deal name; of each row only its deal, patent and
        // parties count (and for --row-kind, its kind).
        RowFilter rows(row_filter_spec(options->rows));
        Dataset data = load_input(options->input,
                                  with_transaction_needs({.record_texts = false, .deal_name_order = true,
                                                          .deal_patents_only = true,
                                                          .row_sieve = rows.any() ? &rows : nullptr},
                                                         options->transactions));
        group_if_asked(data, options->transactions);
        DealPatentGraph graph(data);
        std::vector<char> selected = select_from_options(data, options->filter, &rows).selected;
        DealClusters clusters = find_clusters(data, graph, selected, options->min_deals);
        if (options->members) {
            std::vector<DealId> deals = deals_by_cluster(data, clusters);
            return write_report(cluster_members_table(data, clusters, deals), output);
        }
        return write_report(clusters_table(data, clusters), output);
    };
}

}  // namespace patlap::cli
