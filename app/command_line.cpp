#include "command_line.h"

#include "base/errors.h"
#include "usage_hints.h"

#include <ostream>

namespace patlap::cli {

std::unique_ptr<CommandLine> make_command_line() {
    auto line = std::make_unique<CommandLine>();
    CLI::App& app = line->app;
    app.set_version_flag("--version", "patlap " PATLAP_VERSION);
    app.require_subcommand(1);
    app.fallthrough(false);
    for (auto add : {add_overlap_command, add_deals_command, add_stats_command, add_parties_command, add_chain_command,
                     add_owners_command, add_flow_command, add_flows_command, add_check_command, add_graph_command,
                     add_clusters_command, add_convert_command, add_import_command, add_completion_command, add_man_command}) {
        CommandRunner run = add(app);
        line->commands.emplace_back(app.get_subcommands({}).back(), std::move(run));
    }
    return line;
}

std::optional<int> parse_command_line(CommandLine& line, std::vector<std::string> words, std::ostream& out,
                                      std::ostream& err) {
    CLI::App& app = line.app;
    // `patlap help COMMAND` is `patlap COMMAND --help`; `patlap help` is `patlap --help`.
    if (words.size() >= 2 && words[1] == "help") {
        words.erase(words.begin() + 1);
        if (words.size() > 2) words.resize(2);
        words.push_back("--help");
    }
    std::vector<char*> args;
    for (std::string& word : words) args.push_back(word.data());
    const int count = int(args.size());
    if (auto message = unknown_command(app, count, args.data())) {
        err << "patlap: error: " << *message << "\nRun 'patlap --help' for the commands.\n";
        return exit_usage;
    }
    try {
        app.parse(count, args.data());
    } catch (const CLI::ParseError& error) {
        if (error.get_exit_code() == 0) return app.exit(error, out, err);  // --help, --version
        std::optional<std::string> hint = unknown_option(app, error);
        err << "patlap: error: " << (hint ? *hint : std::string(error.what()))
            << "\nRun 'patlap --help' or 'patlap COMMAND --help' for usage.\n";
        return exit_usage;
    }
    return std::nullopt;
}

int run_parsed(const CommandLine& line) {
    for (const auto& [command, run] : line.commands)
        if (command->parsed()) return run();
    return exit_usage;
}

}  // namespace patlap::cli
