#include "examples.h"

#include <sstream>

namespace patlap::cli {
namespace {
constexpr std::string_view prefix = "  $ ";
}  // namespace

void add_examples(CLI::App& command, std::initializer_list<std::string_view> lines) {
    std::string footer = "Examples:";
    for (std::string_view line : lines) footer.append("\n").append(prefix).append("patlap ").append(line);
    command.footer(footer);
}

std::vector<std::string> examples_of(const CLI::App& command) {
    std::vector<std::string> found;
    std::istringstream footer(command.get_footer());
    for (std::string line; std::getline(footer, line);)
        if (line.starts_with(prefix)) found.push_back(line.substr(prefix.size()));
    return found;
}

}  // namespace patlap::cli
