#include "transaction_options.h"

#include <fmt/format.h>

namespace patlap::cli {

CLI::Option* add_transaction_options(CLI::App& command, TransactionOptions& options) {
    CLI::Option* on = command.add_flag(
        "--transactions", options.on,
        "Group recorded deals into transactions: same kind classes, same from and to parties (after --aliases, "
        "--groups, --by), dated within --transaction-window days of the first");
    command.add_option("--transaction-window", options.window,
                       "For --transactions: days after a transaction's first date that a deal may join it "
                       "(default 31)")
        ->check(CLI::Range(0u, 36600u).description(""))
        ->type_name("DAYS")
        ->needs(on);
    return on;
}

ReportNeeds with_transaction_needs(ReportNeeds needs, const TransactionOptions& options) {
    if (options.on) {
        needs.parties = true;
        needs.party_sides = true;
    }
    return needs;
}

std::optional<TransactionMembers> group_if_asked(Dataset& data, const TransactionOptions& options,
                                                 std::vector<std::string>* deal_names, bool carriers) {
    if (!options.on) return std::nullopt;
    TransactionMembers members = merge_into_transactions(data, options.window, carriers);
    if (deal_names)
        for (std::string& name : *deal_names) {
            DealId member = members.deals.find(name);
            if (member == StringPool::npos) continue;
            std::string_view transaction = data.deal_name(members.grouping.transaction_of[member]);
            if (transaction == name) continue;
            note(fmt::format("--deal {}: in transaction {}", name, transaction));
            name = transaction;
        }
    return members;
}

}  // namespace patlap::cli
