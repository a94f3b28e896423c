#pragma once
// The examples that end a command's --help (its footer): "Examples:", then one "  $ patlap ..." line each.
// The man page lists them, and tests/e2e/cases/help_examples_run.sh runs every one on data/, so none goes stale.
#include <CLI/CLI.hpp>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace patlap::cli {

// Sets the footer of `command`; each line is a command line after "patlap ".
void add_examples(CLI::App& command, std::initializer_list<std::string_view> lines);

// The examples of a command's footer, each as "patlap ...".
std::vector<std::string> examples_of(const CLI::App& command);

}  // namespace patlap::cli
