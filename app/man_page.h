#pragma once
// The manual page, patlap.1 (roff), written from the command line's own definitions: each command with its
// options, their values and defaults, and the examples of its --help. CMake writes it after building patlap
// (`patlap man`, a hidden command) and `cmake --install` puts it in share/man/man1.
#include <CLI/CLI.hpp>
#include <string>

namespace patlap::cli {

std::string man_page(const CLI::App& app, const std::string& version);

}  // namespace patlap::cli
