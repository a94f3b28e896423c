#pragma once
// What a shell may offer for an option's value, read off how the option was registered: a type name such as
// `party|group` lists its choices, KIND and CODE stand for the transfer kinds and check's problem codes, and FILE
// (or a name ending in FILE) is a path. The completion scripts and the man page both ask here, so an option added
// with one of these type names needs nothing more.
#include <CLI/CLI.hpp>
#include <string>
#include <vector>

namespace patlap::cli {

std::vector<std::string> option_choices(const CLI::Option& option);
bool takes_file(const CLI::Option& option);
// A flag takes no value (--csv, --help).
bool is_flag(const CLI::Option& option);

// The commands a user sees: every subcommand but the hidden ones (no group).
std::vector<const CLI::App*> visible_commands(const CLI::App& app);
// The options a command shows in --help, positionals included (the help flag too).
std::vector<const CLI::Option*> visible_options(const CLI::App& command);

}  // namespace patlap::cli
