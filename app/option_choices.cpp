#include "option_choices.h"

#include "analysis/data_check.h"
#include "model/transfer_kind.h"

namespace patlap::cli {

std::vector<std::string> option_choices(const CLI::Option& option) {
    std::string type = option.get_type_name();
    std::vector<std::string> choices;
    if (type == "KIND") {
        for (TransferKind kind : all_transfer_kinds()) choices.emplace_back(kind_name(kind));
    } else if (type == "CODE") {
        for (std::size_t i = 0; i < problem_code_count; ++i) choices.emplace_back(code_name(ProblemCode(i)));
    } else if (type.find('|') != std::string::npos) {
        std::size_t start = 0;
        for (std::size_t bar; (bar = type.find('|', start)) != std::string::npos; start = bar + 1)
            choices.push_back(type.substr(start, bar - start));
        choices.push_back(type.substr(start));
    }
    return choices;
}

bool takes_file(const CLI::Option& option) {
    std::string type = option.get_type_name();
    return type.size() >= 4 && type.compare(type.size() - 4, 4, "FILE") == 0;
}

bool is_flag(const CLI::Option& option) { return option.get_expected_max() == 0; }

std::vector<const CLI::App*> visible_commands(const CLI::App& app) {
    return app.get_subcommands([](const CLI::App* command) { return !command->get_group().empty(); });
}

std::vector<const CLI::Option*> visible_options(const CLI::App& command) {
    return command.get_options([](const CLI::Option* option) { return !option->get_group().empty(); });
}

}  // namespace patlap::cli
