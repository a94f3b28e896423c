#include "commands.h"
#include "examples.h"
#include "print_document.h"
#include "shell_completion.h"

namespace patlap::cli {

CommandRunner add_completion_command(CLI::App& app) {
    auto shell = std::make_shared<std::string>();
    CLI::App* command = app.add_subcommand("completion", "Print the completion script of a shell (bash, zsh or fish)");
    command->add_option("SHELL", *shell, "The shell: bash, zsh or fish")
        ->required()
        ->check(CLI::IsMember(std::vector<std::string>(std::begin(completion_shells), std::end(completion_shells)))
                    .description(""))
        ->type_name("bash|zsh|fish");
    add_examples(*command, {"completion bash > ~/.patlap-completion.bash", "completion zsh > ~/.zsh/_patlap",
                            "completion fish > ~/.config/fish/completions/patlap.fish"});
    return [&app, shell]() { return print_document(completion_script(app, *shell)); };
}

}  // namespace patlap::cli
