#pragma once
// --transactions and --transaction-window, for the commands that report deals (docs/manual.md, "Transactions").
#include "analysis/transaction_merge.h"
#include "common_options.h"

#include <CLI/CLI.hpp>
#include <optional>
#include <string>
#include <vector>

namespace patlap::cli {

struct TransactionOptions {
    bool on = false;
    unsigned window = default_transaction_window;
};

// Returns the --transactions flag, for a command that takes it only with another option.
CLI::Option* add_transaction_options(CLI::App& command, TransactionOptions& options);

// The report's needs, with what grouping needs added when it is asked for: the parties, and their sides.
ReportNeeds with_transaction_needs(ReportNeeds needs, const TransactionOptions& options);

// With --transactions: merges the data's deals into transactions (see merge_into_transactions; `carriers` for
// overlap --list), and turns each recorded deal named by --deal into its transaction's name, with a note.
std::optional<TransactionMembers> group_if_asked(Dataset& data, const TransactionOptions& options,
                                                 std::vector<std::string>* deal_names = nullptr,
                                                 bool carriers = false);

}  // namespace patlap::cli
