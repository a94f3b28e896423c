#include "analysis/name_order.h"
#include "commands.h"
#include "common_options.h"
#include "input/patent_list.h"
#include "model/patent_lookup.h"
#include "output/chain_report.h"

#include <algorithm>
#include <fmt/format.h>
#include <unordered_set>

namespace patlap::cli {
namespace {

// Each patent named, once, in the order first named; a name that finds one by its application or publication
// says so, and one that finds none is a warning.
std::vector<PatentId> find_patents(const Dataset& data, const std::vector<std::string>& names) {
    std::vector<PatentId> found;
    std::unordered_set<std::string_view> seen;
    for (const auto& name : names) {
        if (!seen.insert(name).second) continue;
        PatentMatch match = find_patent(data, name);
        if (match.patent == StringPool::npos) {
            warn(fmt::format("no patent {} in the data", name));
            continue;
        }
        if (match.via != PatentMatch::Via::key) note(describe_match(data, name, match));
        found.push_back(match.patent);
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
    command->add_option("--patent", options->patents, "This patent, by patent, application or publication number (repeatable)")->type_name("P")->allow_extra_args(false);
    command->add_option("--patents-from", options->patents_from, "The patents listed in FILE, one a line (gzip read transparently; - for standard input)")
        ->type_name("FILE");
    command->add_flag("--all", options->all, "Every patent");
    command->callback([options]() {
        if (options->patents.empty() && options->patents_from.empty() && !options->all)
            throw CLI::ValidationError("chain: name the patents with --patent, --patents-from or --all");
        if (options->patents_from == "-" &&
            std::find(options->input.files.begin(), options->input.files.end(), "-") != options->input.files.end())
            throw CLI::ValidationError("chain: --patents-from - and the input FILE - cannot both read standard input");
    });

    return [options]() {
        // The list is read first: a mistake in it shows before a long load.
        std::vector<std::string> names = options->patents;
        if (!options->patents_from.empty()) {
            auto listed = read_patent_list(options->patents_from);
            names.insert(names.end(), listed.begin(), listed.end());
        }
        Dataset data = load_input(options->input, {.patent_numbers = !options->all});
        std::vector<PatentId> patents;
        std::vector<char> wanted;
        if (options->all) {
            patents.resize(data.patents.size());
            for (PatentId p = 0; p < patents.size(); ++p) patents[p] = p;
        } else {
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
