#pragma once
// What to say when the command line names a command or an option that does not exist: the closest one there is.
#include <CLI/CLI.hpp>
#include <optional>
#include <string>

namespace patlap::cli {

// "unknown command 'overlpa'; did you mean 'overlap'?" when argv's first word after the program is not a command
// (and not an option); nothing otherwise.
std::optional<std::string> unknown_command(const CLI::App& app, int argc, char** argv);

// For CLI11's "not expected" error on a command: "unknown option '--min-share' for overlap; did you mean
// '--min-shared'?"; nothing when the unexpected word is not an option of the command line.
std::optional<std::string> unknown_option(const CLI::App& app, const CLI::ParseError& error);

}  // namespace patlap::cli
