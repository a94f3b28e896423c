#pragma once
// Each command registers its options on the command line and says how to run once they are parsed.
#include <CLI/CLI.hpp>
#include <functional>
#include <memory>

namespace patlap::cli {

// Runs the command after parsing and returns the exit status.
using CommandRunner = std::function<int()>;

CommandRunner add_overlap_command(CLI::App& app);
CommandRunner add_deals_command(CLI::App& app);
CommandRunner add_stats_command(CLI::App& app);
CommandRunner add_chain_command(CLI::App& app);
CommandRunner add_owners_command(CLI::App& app);
CommandRunner add_flow_command(CLI::App& app);
CommandRunner add_flows_command(CLI::App& app);
CommandRunner add_check_command(CLI::App& app);
CommandRunner add_parties_command(CLI::App& app);
CommandRunner add_graph_command(CLI::App& app);
CommandRunner add_clusters_command(CLI::App& app);
CommandRunner add_convert_command(CLI::App& app);
CommandRunner add_import_command(CLI::App& app);
CommandRunner add_completion_command(CLI::App& app);
// Hidden: prints the man page, for the build.
CommandRunner add_man_command(CLI::App& app);

}  // namespace patlap::cli
