#include "analysis/party_suggestions.h"
#include "analysis/party_summary.h"
#include "commands.h"
#include "common_options.h"
#include "examples.h"
#include "output/parties_report.h"

#include <chrono>
#include <fmt/format.h>

namespace patlap::cli {

CommandRunner add_parties_command(CLI::App& app) {
    struct Options {
        InputOptions input;
        OutputOptions output;
        bool suggest = false;
        double min_score = default_min_score;
        bool blocking_stats = false;
    };
    auto options = std::make_shared<Options>();
    CLI::App* command = app.add_subcommand(
        "parties", "One row per party: key, spellings, deals, patents in, out and held; --suggest: likely duplicates");
    add_input_options(*command, options->input);
    add_output_options(*command, options->output);
    command->add_flag("--suggest", options->suggest,
                      "Instead, pairs of parties whose keys look like one company (party_a, party_b, score, reason), "
                      "best first, for review: never applied");
    command->add_option("--min-score", options->min_score, "With --suggest: only pairs scoring at least X (default 0.7)")
        ->check(fraction_value)
        ->type_name("X");
    command->add_flag("--blocking-stats", options->blocking_stats,
                      "With --suggest: print on standard error how many candidate pairs were scored, and why");
    add_examples(*command, {"parties data/transfers.csv",
                            "parties data/transfers.csv --suggest",
                            "parties data/transfers.csv --aliases data/aliases.csv --groups data/groups.csv --by group"});

    return [options]() {
        ReportOutput output = prepare_output(options->output);  // before the load: its mistakes show first
        Dataset data = load_input(options->input);
        if (!options->suggest) {
            std::vector<PartySummary> parties = summarize_parties(data);
            auto spellings = std::make_shared<const PartySpellings>(data);
            return write_report(parties_table(data, parties, spellings), output);
        }
        auto start = std::chrono::steady_clock::now();
        SuggestionFigures figures;
        std::vector<MergeSuggestion> suggestions = suggest_merges(data, options->min_score, figures);
        if (options->blocking_stats)
            to_stderr(fmt::format(
                "patlap: suggest: {} parties, {} words ({} rare), {} blocks passed over, {} candidate pairs "
                "scored ({:.1f} per party), {} suggestions, {:.3f} s\n",
                figures.parties, figures.words, figures.rare_words, figures.blocks_passed_over, figures.candidate_pairs,
                figures.parties ? double(figures.candidate_pairs) / double(figures.parties) : 0.0, figures.suggestions,
                std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count()));
        return write_report(suggestions_table(data, suggestions), output);
    };
}

}  // namespace patlap::cli
