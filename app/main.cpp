// patlap: patent overlap analyzer. This file only wires the commands to the command line and maps errors to
// exit statuses: 0 success, 1 a gate tripped (--fail-if-any, or errors found by check), 2 bad usage, 3 bad input or an unreadable file.
#include "command_line.h"
#include "base/errors.h"

#include <csignal>
#include <malloc.h>
#include <cstdio>
#include <iostream>
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
    auto line = make_command_line();
    if (auto status = parse_command_line(*line, std::vector<std::string>(argv, argv + argc), std::cout, std::cerr))
        return *status;

    try {
        return run_parsed(*line);
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
}
