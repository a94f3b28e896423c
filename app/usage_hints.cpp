#include "usage_hints.h"

#include "base/edit_distance.h"

#include <fmt/format.h>

namespace patlap::cli {
namespace {

// The name among `names` closest to `word`, when close enough to be a slip of the keyboard.
std::optional<std::string> closest(const std::string& given, const std::vector<std::string>& names) {
    auto bare = [](std::string_view s) { return s.substr(std::min(s.find_first_not_of('-'), s.size())); };
    std::string_view word = bare(given);
    std::optional<std::string> best;
    unsigned best_distance = 0;
    unsigned limit = word.size() <= 4 ? 1 : word.size() <= 8 ? 2 : 3;
    for (const std::string& full : names) {
        std::string_view name = bare(full);
        unsigned distance = bounded_edit_distance(word, name, limit);
        if (name.starts_with(word) && word.size() >= 3) distance = std::min(distance, 1u);  // a name cut short
        if (distance <= limit && (!best || distance < best_distance)) {
            best = full;
            best_distance = distance;
        }
    }
    return best;
}

std::string did_you_mean(const std::optional<std::string>& name) {
    return name ? fmt::format("; did you mean '{}'?", *name) : std::string();
}

}  // namespace

std::optional<std::string> unknown_command(const CLI::App& app, int argc, char** argv) {
    if (argc < 2) return std::nullopt;
    std::string word = argv[1];
    if (word.empty() || word == "help") return std::nullopt;
    if (word[0] == '-') {  // before any command only --help and --version mean something
        std::string option = word.substr(0, word.find('='));
        if (option == "-h" || option == "--help" || option == "--version") return std::nullopt;
        return fmt::format("unknown option '{}'{} (a command's options come after it: patlap COMMAND --help)", option,
                           did_you_mean(closest(option, {"--help", "--version"})));
    }
    std::vector<std::string> names;
    for (const CLI::App* command : app.get_subcommands({})) {
        if (command->check_name(word)) return std::nullopt;
        names.push_back(command->get_name());
    }
    return fmt::format("unknown command '{}'{}", word, did_you_mean(closest(word, names)));
}

std::optional<std::string> unknown_option(const CLI::App& app, const CLI::ParseError& error) {
    if (!dynamic_cast<const CLI::ExtrasError*>(&error)) return std::nullopt;
    // CLI11 names the words in its message: "The following argument(s) was (were) not expected: --min-share".
    std::string message = error.what();
    std::size_t colon = message.rfind(": ");
    if (colon == std::string::npos) return std::nullopt;
    std::string word = message.substr(colon + 2);
    word = word.substr(0, word.find(' '));
    if (!word.starts_with("-")) return std::nullopt;
    std::string option = word.substr(0, word.find('='));
    const CLI::App* command = &app;
    for (const CLI::App* sub : app.get_subcommands({}))
        if (sub->parsed()) command = sub;
    std::vector<std::string> names;
    for (const CLI::Option* o : command->get_options())
        for (const std::string& name : o->get_lnames()) names.push_back("--" + name);
    std::string where = command == &app ? std::string() : " for " + command->get_name();
    return fmt::format("unknown option '{}'{}{}", option, where, did_you_mean(closest(option, names)));
}

}  // namespace patlap::cli
