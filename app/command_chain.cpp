#include "analysis/name_order.h"
#include "commands.h"
#include "common_options.h"
#include "examples.h"
#include "output/chain_report.h"
#include "transaction_options.h"

#include <algorithm>
#include <fmt/format.h>

namespace patlap::cli {
CommandRunner add_chain_command(CLI::App& app) {
    struct Options {
        InputOptions input;
        OutputOptions output;
        PatentOptions patents;
        bool all = false;
        TransactionOptions transactions;
    };
    auto options = std::make_shared<Options>();
    CLI::App* command =
        app.add_subcommand("chain", "Chain of title: each event of a patent in order, with owners, liens and licensees after it");
    add_input_options(*command, options->input);
    add_output_options(*command, options->output);
    add_patent_options(*command, options->patents);
    command->add_flag("--all", options->all, "Every patent");
    add_transaction_options(*command, options->transactions);
    command->callback([options]() {
        if (!options->patents.any() && !options->all)
            throw CLI::ValidationError("chain: name the patents with --patent, --patents-from or --all");
    });
    add_examples(*command, {"chain data/transfers.csv --patent US8100133",
                            "chain data/transfers.csv --patent USD710101 --json",
                            "chain data/transfers.csv --all --csv"});

    return [options]() {
        ReportOutput output = prepare_output(options->output);  // before the load: its mistakes show first
        // The list is read first: a mistake in it shows before a long load.
        std::vector<std::string> names = patent_names(options->patents, options->input);
        Dataset data = load_input(options->input, {.patent_numbers = !options->all});
        group_if_asked(data, options->transactions);
        std::vector<PatentId> patents;
        std::vector<char> wanted;
        if (options->all) {
            patents.resize(data.patents.size());
            for (PatentId p = 0; p < patents.size(); ++p) patents[p] = p;
        } else {
            patents = patents_or_warn(data, names);
            wanted.assign(data.patents.size(), 0);
            for (PatentId p : patents) wanted[p] = 1;
        }
        if (options->all) {
            auto rank = patent_name_rank(data);
            std::sort(patents.begin(), patents.end(), [&](PatentId a, PatentId b) { return rank[a] < rank[b]; });
        } else {
            std::sort(patents.begin(), patents.end(),
                      [&](PatentId a, PatentId b) { return data.patent_name(a) < data.patent_name(b); });
            patents.erase(std::unique(patents.begin(), patents.end()), patents.end());
        }
        PatentHistory history(data, wanted);
        ChainOfTitle chain(data, history, patents, thread_count());
        return write_report(chain_table(data, chain), output);
    };
}

}  // namespace patlap::cli
