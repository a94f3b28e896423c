#include "man_page.h"

#include "examples.h"
#include "option_choices.h"

#include <fmt/format.h>

namespace patlap::cli {
namespace {

// Text for roff: backslashes and hyphens escaped, and no line starting with a control character.
std::string roff(std::string_view text) {
    std::string escaped;
    for (char c : text) {
        if (c == '\\') escaped += "\\e";
        else if (c == '-') escaped += "\\-";
        else escaped += c;
        if (c == '\n') escaped += "\\&";
    }
    if (!escaped.empty() && (escaped[0] == '.' || escaped[0] == '\'')) escaped.insert(0, "\\&");
    return escaped;
}

std::string option_heading(const CLI::Option& option) {
    if (!option.nonpositional()) return fmt::format("\\fI{}\\fR ...", roff(option.get_name(true)));
    std::vector<std::string> names;
    for (const auto& name : option.get_snames()) names.push_back("\\fB\\-" + roff(name) + "\\fR");
    for (const auto& name : option.get_lnames()) names.push_back("\\fB\\-\\-" + roff(name) + "\\fR");
    std::string heading = fmt::format("{}", fmt::join(names, ", "));
    if (!is_flag(option)) heading += " \\fI" + roff(option.get_type_name()) + "\\fR";
    return heading;
}

std::string option_entry(const CLI::Option& option) {
    std::string entry = ".TP\n" + option_heading(option) + "\n" + roff(option.get_description());
    if (!option.get_default_str().empty()) entry += " (default: " + roff(option.get_default_str()) + ")";
    std::vector<std::string> choices = option_choices(option);
    if (!choices.empty() && option.get_type_name().find('|') == std::string::npos)
        entry += ". One of: " + roff(fmt::format("{}", fmt::join(choices, ", ")));
    return entry + "\n";
}

std::string example_lines(const std::vector<std::string>& examples) {
    std::string lines = ".PP\n.nf\n.RS 4\n";
    for (const auto& example : examples) lines += roff(example) + "\n";
    return lines + ".RE\n.fi\n";
}

}  // namespace

std::string man_page(const CLI::App& app, const std::string& version) {
    std::string description = app.get_description();
    if (description.starts_with("patlap: ")) description.erase(0, 8);
    std::string out = fmt::format(".TH PATLAP 1 \"\" \"patlap {}\" \"User Commands\"\n", roff(version));
    out += ".SH NAME\npatlap \\- " + roff(description) + "\n";
    out += ".SH SYNOPSIS\n"
           ".B patlap\n.I COMMAND\n[\\fIOPTIONS\\fR] [\\fIFILE\\fR ...]\n.br\n"
           ".B patlap help\n.I COMMAND\n.br\n"
           ".B patlap \\-\\-version\n";
    out += ".SH DESCRIPTION\n"
           "patlap reads records of patent transfers (assignments, licences, liens, ...) and reports on them: which "
           "deals share patents, who owns what when, how patents moved between parties. Input files are transfer "
           "CSV, USPTO assignment XML, JSON or PAD tables, plain, gzipped or zipped; with no FILE, standard input is "
           "read. A snapshot written by \\fBpatlap import\\fR (a \\fB.patlap\\fR file) can be the one FILE of any "
           "command, which then answers as from the files it was imported from. Reports are tables, CSV, TSV, JSON "
           "or JSON lines.\n"
           ".PP\n"
           "\\fBpatlap help\\fR \\fICOMMAND\\fR (or \\fBpatlap\\fR \\fICOMMAND\\fR \\fB\\-\\-help\\fR) shows a "
           "command's options and examples; \\fBpatlap completion\\fR \\fISHELL\\fR prints a completion script.\n";
    out += ".SH COMMANDS\n";
    for (const CLI::App* command : visible_commands(app)) {
        out += ".SS " + roff(command->get_name()) + "\n" + roff(command->get_description()) + "\n";
        for (const CLI::Option* option : visible_options(*command))
            if (option != command->get_help_ptr()) out += option_entry(*option);
        std::vector<std::string> examples = examples_of(*command);
        if (!examples.empty()) out += ".PP\nExamples:\n" + example_lines(examples);
    }
    out += ".SH EXIT STATUS\n"
           ".TP\n.B 0\nSuccess.\n"
           ".TP\n.B 1\nA gate tripped: \\fB\\-\\-fail\\-if\\-any\\fR with rows in the report, or errors found by "
           "\\fBcheck\\fR.\n"
           ".TP\n.B 2\nA usage error: an unknown command or option, a bad option value.\n"
           ".TP\n.B 3\nBad input or an unreadable file.\n";
    std::vector<std::string> firsts;
    for (const CLI::App* command : visible_commands(app)) {
        std::vector<std::string> examples = examples_of(*command);
        if (!examples.empty()) firsts.push_back(examples.front());
    }
    out += ".SH EXAMPLES\nRun from the source tree, on the sample data of data/:\n" + example_lines(firsts);
    out += ".SH SEE ALSO\nThe README.md and docs/ of the patlap sources.\n";
    return out;
}

}  // namespace patlap::cli
