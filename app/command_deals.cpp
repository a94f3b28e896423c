#include "analysis/deal_list.h"
#include "commands.h"
#include "common_options.h"
#include "examples.h"
#include "output/deals_report.h"
#include "transaction_options.h"

namespace patlap::cli {

CommandRunner add_deals_command(CLI::App& app) {
    struct Options {
        InputOptions input;
        OutputOptions output;
        DealFilterOptions filter;
        TransactionOptions transactions;
    };
    auto options = std::make_shared<Options>();
    CLI::App* command = app.add_subcommand("deals", "One row per deal: date, kinds, parties, patent count");
    add_input_options(*command, options->input);
    add_output_options(*command, options->output);
    add_deal_filter_options(*command, options->filter, false);
    add_transaction_options(*command, options->transactions);
    add_examples(*command, {"deals data/transfers.csv",
                            "deals data/transfers.csv --party nokia --kind license",
                            "deals data/transfers.csv --groups data/groups.csv --by group --csv"});

    return [options]() {
        ReportOutput output = prepare_output(options->output);  // before the load: its mistakes show first
        Dataset data = load_input(options->input, {.deal_name_order = true});
        auto members = group_if_asked(data, options->transactions);
        std::vector<DealId> deals = list_deals(data, select_from_options(data, options->filter).selected);
        return write_report(deals_table(data, deals, members ? &*members : nullptr), output);
    };
}

}  // namespace patlap::cli
