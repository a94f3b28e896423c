#include "shell_completion.h"

#include "option_choices.h"

#include <algorithm>
#include <fmt/format.h>
#include <utility>

namespace patlap::cli {
namespace {

std::string joined(const std::vector<std::string>& words, std::string_view separator = " ") {
    return fmt::format("{}", fmt::join(words, separator));
}

// Every name of an option: -o, --output.
std::vector<std::string> names_of(const CLI::Option& option) {
    std::vector<std::string> names;
    for (const auto& name : option.get_snames()) names.push_back("-" + name);
    for (const auto& name : option.get_lnames()) names.push_back("--" + name);
    return names;
}

std::vector<std::string> command_names(const CLI::App& app) {
    std::vector<std::string> names;
    for (const CLI::App* command : visible_commands(app)) names.push_back(command->get_name());
    return names;
}

// The first positional that completes to something: files or choices.
const CLI::Option* completed_positional(const CLI::App& command) {
    for (const CLI::Option* option : visible_options(command))
        if (!option->nonpositional() && (takes_file(*option) || !option_choices(*option).empty())) return option;
    return nullptr;
}

// Single-quoted for bash.
std::string sh_quoted(std::string_view text) {
    std::string quoted = "'";
    for (char c : text) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
}

// What completes an option's value in a shell's words: `files`, `nothing`, or the choices (space-separated)
// through `choices_text`.
template <class ChoicesText>
std::string value_completion(const CLI::Option& option, std::string_view files, std::string_view nothing,
                             ChoicesText choices_text) {
    if (takes_file(option)) return std::string(files);
    std::vector<std::string> choices = option_choices(option);
    return choices.empty() ? std::string(nothing) : choices_text(joined(choices));
}

std::string bash_value_words(const CLI::Option& option) {
    auto choices = [](const std::string& words) {
        return fmt::format("COMPREPLY=($(compgen -W {} -- \"$cur\"))", sh_quoted(words));
    };
    return value_completion(option, "COMPREPLY=($(compgen -f -- \"$cur\"))", "COMPREPLY=()", choices);
}

std::string bash_script(const CLI::App& app) {
    std::string out = R"sh(# bash completion for patlap: `source <(patlap completion bash)`, or save it as
# /etc/bash_completion.d/patlap
_patlap() {
    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} command= i
    for ((i = 1; i < COMP_CWORD; i++)); do
        case ${COMP_WORDS[i]} in
            -*) ;;
            *) command=${COMP_WORDS[i]}; break ;;
        esac
    done
    case $command in
)sh";
    std::vector<std::string> commands = command_names(app);
    out += fmt::format("        '') COMPREPLY=($(compgen -W {} -- \"$cur\")) ;;\n",
                       sh_quoted(joined(commands) + " help --help --version"));
    out += fmt::format("        help) COMPREPLY=($(compgen -W {} -- \"$cur\")) ;;\n", sh_quoted(joined(commands)));
    for (const CLI::App* command : visible_commands(app)) {
        out += fmt::format("        {})\n            case $prev in\n", command->get_name());
        std::vector<std::string> all_names;
        // The options taking a value, by what completes it (nothing, files, choices), in the order first seen.
        std::vector<std::pair<std::string, std::vector<std::string>>> by_value;
        for (const CLI::Option* option : visible_options(*command)) {
            if (!option->nonpositional()) continue;
            std::vector<std::string> names = names_of(*option);
            all_names.insert(all_names.end(), names.begin(), names.end());
            if (is_flag(*option)) continue;
            std::string words = bash_value_words(*option);
            auto same = std::find_if(by_value.begin(), by_value.end(),
                                     [&](const auto& entry) { return entry.first == words; });
            if (same == by_value.end()) same = by_value.insert(by_value.end(), {words, {}});
            same->second.insert(same->second.end(), names.begin(), names.end());
        }
        for (const auto& [words, names] : by_value)
            out += fmt::format("                {}) {}; return ;;\n", joined(names, "|"), words);
        out += "            esac\n";
        const CLI::Option* positional = completed_positional(*command);
        std::string otherwise = positional ? bash_value_words(*positional) : "COMPREPLY=()";
        out += fmt::format("            if [[ $cur == -* ]]; then COMPREPLY=($(compgen -W {} -- \"$cur\"))\n"
                           "            else {}; fi ;;\n",
                           sh_quoted(joined(all_names)), otherwise);
    }
    out += "    esac\n"
           "}\n"
           "complete -o filenames -F _patlap patlap\n";
    return out;
}

// Text inside a zsh _arguments spec's [description] or a _describe entry, itself in single quotes.
std::string zsh_text(std::string_view text) {
    std::string escaped;
    for (char c : text) {
        if (c == '\'') escaped += "'\\''";
        else if (c == '[' || c == ']' || c == ':' || c == '\\') escaped += std::string("\\") + c;
        else escaped += c;
    }
    return escaped;
}

std::string zsh_action(const CLI::Option& option) {
    return value_completion(option, "_files", " ", [](const std::string& words) { return "(" + words + ")"; });
}

std::string zsh_option_spec(const CLI::Option& option) {
    std::vector<std::string> names = names_of(option);
    // A repeatable option may come again; another one's names exclude each other once one is given.
    bool repeatable = option.get_expected_max() > 1;
    std::string prefix = repeatable ? "*" : names.size() > 1 ? "(" + joined(names) + ")" : "";
    std::string spec =
        names.size() > 1 ? fmt::format("'{}'{{{}}}'", prefix, joined(names, ",")) : "'" + prefix + names[0];
    spec += "[" + zsh_text(option.get_description()) + "]";
    if (!is_flag(option))
        spec += fmt::format(":{}:{}", zsh_text(option.get_type_name()), zsh_action(option));
    return spec + "'";
}

std::string zsh_script(const CLI::App& app) {
    std::string out = R"(#compdef patlap
# zsh completion for patlap: `source <(patlap completion zsh)`, or save it as _patlap in a
# folder of $fpath
_patlap() {
    local line state
    _arguments -C '(- *)--help[Print the help and exit]' \
        '(- *)--version[Print the version and exit]' \
        '1: :->command' '*:: :->args'
    case $state in
    command)
        local -a commands
        commands=(
)";
    for (const CLI::App* command : visible_commands(app))
        out += fmt::format("            '{}:{}'\n", command->get_name(), zsh_text(command->get_description()));
    out += "            'help:The help of a command'\n"
           "        )\n"
           "        _describe -t commands 'patlap command' commands ;;\n"
           "    args)\n"
           "        case $line[1] in\n"
           "        help) _arguments '1:command:(" + joined(command_names(app)) + ")' ;;\n";
    for (const CLI::App* command : visible_commands(app)) {
        out += fmt::format("        {}) _arguments", command->get_name());
        for (const CLI::Option* option : visible_options(*command)) {
            out += " \\\n            ";
            if (option->nonpositional()) {
                out += zsh_option_spec(*option);
            } else {
                out += fmt::format("'{}:{}:{}'", option->get_expected_max() > 1 ? "*" : "1",
                                   zsh_text(option->get_type_name()), zsh_action(*option));
            }
        }
        out += " ;;\n";
    }
    out += "        esac ;;\n"
           "    esac\n"
           "}\n"
           "if [[ $funcstack[1] == _patlap ]]; then _patlap \"$@\"; else compdef _patlap patlap; fi\n";
    return out;
}

// fish's single quotes take \' and \\ as escapes.
std::string fish_quoted(std::string_view text) {
    std::string quoted = "'";
    for (char c : text) {
        if (c == '\'' || c == '\\') quoted += '\\';
        quoted += c;
    }
    return quoted + "'";
}

std::string fish_values(const CLI::Option& option) {
    auto choices = [](const std::string& words) { return " -x -a " + fish_quoted(words); };
    return value_completion(option, " -r -F", " -x", choices);
}

std::string fish_script(const CLI::App& app) {
    std::string out = R"(# fish completion for patlap: `patlap completion fish | source`, or save it as
# ~/.config/fish/completions/patlap.fish
complete -c patlap -f
complete -c patlap -n __fish_use_subcommand -l help -d 'Print the help and exit'
complete -c patlap -n __fish_use_subcommand -l version -d 'Print the version and exit'
complete -c patlap -n __fish_use_subcommand -a help -d 'The help of a command'
)";
    std::vector<std::string> commands = command_names(app);
    out += fmt::format("complete -c patlap -n '__fish_seen_subcommand_from help' -a {}\n",
                       fish_quoted(joined(commands)));
    for (const CLI::App* command : visible_commands(app)) {
        out += fmt::format("complete -c patlap -n __fish_use_subcommand -a {} -d {}\n", command->get_name(),
                           fish_quoted(command->get_description()));
        std::string when = fmt::format("complete -c patlap -n '__fish_seen_subcommand_from {}'", command->get_name());
        for (const CLI::Option* option : visible_options(*command)) {
            if (!option->nonpositional()) continue;
            std::string line = when;
            for (const auto& name : option->get_snames()) line += " -s " + name;
            for (const auto& name : option->get_lnames()) line += " -l " + name;
            if (!is_flag(*option)) line += fish_values(*option);
            out += line + " -d " + fish_quoted(option->get_description()) + "\n";
        }
        if (const CLI::Option* positional = completed_positional(*command)) {
            std::vector<std::string> choices = option_choices(*positional);
            out += when + (choices.empty() ? " -F" : " -a " + fish_quoted(joined(choices))) + "\n";
        }
    }
    return out;
}

}  // namespace

std::string completion_script(const CLI::App& app, std::string_view shell) {
    if (shell == "bash") return bash_script(app);
    if (shell == "zsh") return zsh_script(app);
    return fish_script(app);
}

}  // namespace patlap::cli
