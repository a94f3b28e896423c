#pragma once
// The command line of patlap: every command registered on one CLI11 app, and the parsing of argv into the command
// to run. main runs it; the fuzz target tests/fuzz/command_line.cpp parses with it and never runs a command.
#include "commands.h"

#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace patlap::cli {

struct CommandLine {
    CLI::App app{"patlap: patent overlap analyzer for ownership and transfer records", "patlap"};
    std::vector<std::pair<CLI::App*, CommandRunner>> commands;
};

// Every command registered (the app is not movable: the runners keep references to it).
std::unique_ptr<CommandLine> make_command_line();

// Parses argv (`words`, the program's name first). The status the run ends with when parsing ends it: 0 for --help
// and --version (printed to `out`), 2 for a usage error (said on `err`); nothing when a command is to run
// (run_parsed).
std::optional<int> parse_command_line(CommandLine& line, std::vector<std::string> words, std::ostream& out,
                                      std::ostream& err);

// Runs the command parsed; throws what it throws.
int run_parsed(const CommandLine& line);

}  // namespace patlap::cli
