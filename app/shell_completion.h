#pragma once
// Completion scripts for bash, zsh and fish, written from the command line's own definitions (commands, their
// options, the values option_choices knows): an option added to a command is completed with no more work.
#include <CLI/CLI.hpp>
#include <string>
#include <string_view>

namespace patlap::cli {

inline constexpr const char* completion_shells[] = {"bash", "zsh", "fish"};

// The script for `shell` (one of completion_shells).
std::string completion_script(const CLI::App& app, std::string_view shell);

}  // namespace patlap::cli
