// patlap: patent overlap analyzer. This file only wires the commands to the command line and maps errors to
// exit statuses: 0 success, 1 a gate tripped (--fail-if-any, or errors found by check), 2 bad usage, 3 bad input or an unreadable file.
#include "commands.h"
#include "usage_hints.h"
#include "base/errors.h"

#include <csignal>
#include <malloc.h>
#include <cstdio>
#include <new>
#include <string>
#include <utility>
#include <vector>

namespace {

// Never throws (fmt::print does when stderr is a closed pipe).
void print_error(const char* message) { std::fprintf(stderr, "patlap: error: %s\n", message); }

}  // namespace

int main(int argc, char** argv) {
    using namespace patlap::cli;
    // A reader that goes away (`patlap ... | head`) makes writes fail with EPIPE, which ends the run quietly
    // (patlap::OutputClosed), instead of killing the process with SIGPIPE.
    std::signal(SIGPIPE, SIG_IGN);
    // Blocks of 1 MiB and up always come from mmap, and go back to the system when freed. Otherwise glibc raises
    // this threshold as large blocks are freed, and what a load frees (the USPTO reader's buffers, say) stays
    // resident, scattered in the heap, through the rest of the run, raising the report's peak.
    mallopt(M_MMAP_THRESHOLD, 1 << 20);
    CLI::App app("patlap: patent overlap analyzer for ownership and transfer records", "patlap");
    app.set_version_flag("--version", "patlap " PATLAP_VERSION);
    app.require_subcommand(1);
    app.fallthrough(false);
    std::vector<std::pair<CLI::App*, CommandRunner>> commands;
    for (auto add : {add_overlap_command, add_deals_command, add_stats_command, add_parties_command, add_chain_command,
                     add_owners_command, add_flow_command, add_flows_command, add_check_command, add_graph_command,
                     add_clusters_command, add_convert_command, add_completion_command, add_man_command}) {
        CommandRunner run = add(app);
        commands.emplace_back(app.get_subcommands({}).back(), std::move(run));
    }

    // `patlap help COMMAND` is `patlap COMMAND --help`; `patlap help` is `patlap --help`.
    std::vector<std::string> words(argv, argv + argc);
    if (words.size() >= 2 && words[1] == "help") {
        words.erase(words.begin() + 1);
        if (words.size() > 2) words.resize(2);
        words.push_back("--help");
    }
    std::vector<char*> args;
    for (std::string& word : words) args.push_back(word.data());
    const int count = int(args.size());
    if (auto message = unknown_command(app, count, args.data())) {
        print_error(message->c_str());
        std::fputs("Run 'patlap --help' for the commands.\n", stderr);
        return 2;
    }
    try {
        app.parse(count, args.data());
    } catch (const CLI::ParseError& error) {
        if (error.get_exit_code() == 0) return app.exit(error);  // --help, --version
        std::optional<std::string> hint = unknown_option(app, error);
        print_error(hint ? hint->c_str() : error.what());
        std::fputs("Run 'patlap --help' or 'patlap COMMAND --help' for usage.\n", stderr);
        return 2;
    }

    try {
        for (auto& [command, run] : commands)
            if (command->parsed()) return run();
    } catch (const patlap::OutputClosed&) {
        return 0;  // the reader of the output went away: not an error
    } catch (const patlap::Error& error) {
        print_error(error.what());
        return error.exit_status();
    } catch (const std::bad_alloc&) {
        print_error("out of memory");
        return patlap::exit_bad_input;
    } catch (const std::exception& error) {  // what no kind of patlap::Error covers: the system refusing something
        print_error(error.what());
        return patlap::exit_bad_input;
    } catch (...) {
        print_error("unexpected failure");
        return patlap::exit_bad_input;
    }
    return 2;
}
