#include "analysis/name_order.h"
#include "commands.h"
#include "common_options.h"
#include "base/errors.h"
#include "model/patent_number.h"
#include "output/chain_report.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fmt/format.h>
#include <fstream>

namespace patlap::cli {
namespace {

// One patent per line; blank lines and lines starting with # are skipped.
std::vector<std::string> read_patent_list(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw InputError(path, 0, fmt::format("cannot open: {}", std::strerror(errno)));
    std::vector<std::string> patents;
    for (std::string line; std::getline(in, line);) {
        auto first = line.find_first_not_of(" \t\r");
        if (first == std::string::npos || line[first] == '#') continue;
        patents.push_back(line.substr(first, line.find_last_not_of(" \t\r") + 1 - first));
    }
    return patents;
}

std::vector<PatentId> find_patents(const Dataset& data, const std::vector<std::string>& names) {
    std::vector<PatentId> found;
    std::string key;
    for (const auto& name : names) {
        PatentId patent = normalize_patent(name, key) ? data.patents.find(key) : StringPool::npos;
        if (patent == StringPool::npos) warn(fmt::format("no patent {} in the data", name));
        else found.push_back(patent);
    }
    return found;
}

}  // namespace

CommandRunner add_chain_command(CLI::App& app) {
    struct Options {
        InputOptions input;
        OutputOptions output;
        std::vector<std::string> patents;
        std::string patents_from;
        bool all = false;
    };
    auto options = std::make_shared<Options>();
    CLI::App* command =
        app.add_subcommand("chain", "Chain of title: each event of a patent in order, with owners, liens and licensees after it");
    add_input_options(*command, options->input);
    add_output_options(*command, options->output);
    command->add_option("--patent", options->patents, "This patent (repeatable)")->type_name("P")->allow_extra_args(false);
    command->add_option("--patents-from", options->patents_from, "The patents listed in FILE, one a line")
        ->type_name("FILE");
    command->add_flag("--all", options->all, "Every patent");
    command->callback([options]() {
        if (options->patents.empty() && options->patents_from.empty() && !options->all)
            throw CLI::ValidationError("chain: name the patents with --patent, --patents-from or --all");
    });

    return [options]() {
        Dataset data = load_input(options->input);
        std::vector<PatentId> patents;
        std::vector<char> wanted;
        if (options->all) {
            patents.resize(data.patents.size());
            for (PatentId p = 0; p < patents.size(); ++p) patents[p] = p;
        } else {
            std::vector<std::string> names = options->patents;
            if (!options->patents_from.empty()) {
                auto listed = read_patent_list(options->patents_from);
                names.insert(names.end(), listed.begin(), listed.end());
            }
            patents = find_patents(data, names);
            wanted.assign(data.patents.size(), 0);
            for (PatentId p : patents) wanted[p] = 1;
        }
        if (options->all) {
            auto rank = patent_name_rank(data);
            std::sort(patents.begin(), patents.end(), [&](PatentId a, PatentId b) { return rank[a] < rank[b]; });
        } else {
            std::sort(patents.begin(), patents.end(),
                      [&](PatentId a, PatentId b) { return data.patent_name(a) < data.patent_name(b); });
            patents.erase(std::unique(patents.begin(), patents.end()), patents.end());
        }
        PatentHistory history(data, wanted);
        return write_report(chain_table(data, history, patents), options->output);
    };
}

}  // namespace patlap::cli
