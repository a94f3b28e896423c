#include "commands.h"
#include "man_page.h"
#include "print_document.h"

namespace patlap::cli {

// Hidden (no group): the build runs `patlap man > patlap.1`; users read the page with `man patlap`.
CommandRunner add_man_command(CLI::App& app) {
    CLI::App* command = app.add_subcommand("man", "Print the manual page (roff)");
    command->group("");
    return [&app]() { return print_document(man_page(app, PATLAP_VERSION)); };
}

}  // namespace patlap::cli
