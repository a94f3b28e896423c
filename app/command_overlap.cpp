#include "analysis/overlap.h"
#include "commands.h"
#include "common_options.h"
#include "examples.h"
#include "output/overlap_report.h"
#include "transaction_options.h"


namespace patlap::cli {

CommandRunner add_overlap_command(CLI::App& app) {
    struct Options {
        InputOptions input;
        OutputOptions output;
        DealFilterOptions filter;
        RowFilterOptions rows;
        unsigned min_shared = 1;
        std::size_t top = 0;
        bool list = false;
        std::uint64_t memory = 0;
        TransactionOptions transactions;
    };
    auto options = std::make_shared<Options>();
    CLI::App* command = app.add_subcommand("overlap", "Pairs of deals that share patents: how many, and which");
    add_input_options(*command, options->input);
    add_output_options(*command, options->output);
    add_deal_filter_options(*command, options->filter, true);
    add_row_filter_options(*command, options->rows);
    command->add_option("--min-shared", options->min_shared, "Only pairs sharing at least N patents (default 1)")
        ->check(at_least_one)
        ->type_name("N");
    command->add_option("--top", options->top, "Only the first N pairs")->check(at_least_one)->type_name("N");
    command->add_flag("--list", options->list,
                      "One row per shared patent (deal_a, deal_b, patent, kinds_a, kinds_b) instead of per pair");
    add_memory_option(*command, options->memory);
    add_transaction_options(*command, options->transactions);
    add_examples(*command, {"overlap data/transfers.csv --party xiaomi",
                            "overlap data/transfers.csv --to xiaomi --list",
                            "overlap data/transfers.csv --groups data/groups.csv --by group --top 5"});

    return [command, options]() {
        ReportOutput output = prepare_output(options->output);  // before the load: its mistakes show first
        // Of each row, overlap needs only its deal and patent (and for --party, --to and --from, its parties; for
        // --list, its kind).
        RowFilter rows(row_filter_spec(options->rows));
        Dataset data = load_input(
            options->input,
            with_transaction_needs({.parties = !options->filter.parties.empty() || rows.names_parties(),
                                    .record_texts = false, .deal_name_order = true, .deal_patents_only = true,
                                    .row_sieve = rows.any() ? &rows : nullptr, .patent_kinds = options->list},
                                   options->transactions));
        auto members = group_if_asked(data, options->transactions, &options->filter.deals, options->list);
        DealPatentGraph graph(data);
        OverlapOptions overlap;
        overlap.selected = select_from_options(data, options->filter, &rows).selected;
        overlap.focus = focus_from_options(data, options->filter);
        if (!options->filter.deals.empty() && overlap.focus.empty()) overlap.selected.assign(data.deals.size(), 0);
        data.release_transfers();  // from here on the graph and the per-deal summaries are all it needs
        overlap.min_shared = options->min_shared;
        overlap.top = options->top;
        overlap.threads = thread_count();
        overlap.memory = options->memory;
        OverlapPairs pairs = find_overlaps(data, graph, overlap);
        // The pairs held in memory take at most half the budget (see find_overlaps): the rows get the other half.
        if (options->list)
            return write_report(overlap_patent_table(data, graph, pairs.view(), options->memory / 2,
                                                     members ? &*members : nullptr),
                                output);
        return write_report(overlap_table(data, pairs.view()), output);
    };
}

}  // namespace patlap::cli
