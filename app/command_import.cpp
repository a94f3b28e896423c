#include "base/errors.h"
#include "base/worker.h"
#include "commands.h"
#include "common_options.h"
#include "examples.h"
#include "input/snapshot_reader.h"
#include "input/snapshot_sources.h"
#include "output/snapshot_writer.h"

#include <fmt/format.h>
#include <optional>

namespace patlap::cli {
namespace {

// The load options a snapshot records, as command-line words (the party files are recorded as sources).
std::vector<std::string> load_option_words(const InputOptions& input) {
    std::vector<std::string> words;
    if (!input.delimiter.empty()) words.insert(words.end(), {"--delimiter", input.delimiter});
    if (input.skip_bad_rows) words.push_back("--skip-bad-rows");
    if (input.by != "party") words.insert(words.end(), {"--by", input.by});
    if (input.link_renames) words.push_back("--link-renames");
    return words;
}

// The load options a snapshot was imported with, back from what it records.
void restore_load_options(InputOptions& input, const Snapshot& snapshot, const std::string& path) {
    const auto& words = snapshot.import_options;
    for (std::size_t i = 0; i < words.size(); ++i) {
        bool has_value = i + 1 < words.size();
        if (words[i] == "--delimiter" && has_value) input.delimiter = words[++i];
        else if (words[i] == "--by" && has_value) input.by = words[++i];
        else if (words[i] == "--skip-bad-rows") input.skip_bad_rows = true;
        else if (words[i] == "--link-renames") input.link_renames = true;
        else
            throw InputError(path, 0,
                             fmt::format("it was imported with an option this patlap does not know: {}", words[i]));
    }
    for (const SnapshotSource& source : snapshot.sources) {
        if (source.role == snapshot::alias_source) input.aliases = source.name;
        else if (source.role == snapshot::group_source) input.groups = source.name;
        else input.files.push_back(source.name);
    }
}

// Every file the import reads, as the snapshot records them: the inputs, then the party files.
std::vector<SnapshotSource> describe_sources(const InputOptions& input) {
    std::vector<SnapshotSource> sources;
    for (const std::string& file : input.files) sources.push_back(describe_source(file));
    if (!input.aliases.empty()) sources.push_back(describe_source(input.aliases, snapshot::alias_source));
    if (!input.groups.empty()) sources.push_back(describe_source(input.groups, snapshot::group_source));
    return sources;
}

// Loads the inputs whole and writes them as a snapshot of `sources` (when empty, worked out meanwhile).
void import_files(const InputOptions& input, const std::string& target, std::vector<SnapshotSource> sources = {}) {
    std::optional<Worker> describe;
    if (sources.empty()) describe.emplace([&] { sources = describe_sources(input); });
    Dataset data = load_input(input, {.parties = true, .record_texts = true, .patent_numbers = true});
    if (describe) describe->join();
    write_snapshot(data, sources, target, load_option_words(input));
}

void refuse_snapshot_inputs(const std::vector<std::string>& files) {
    for (const std::string& file : files) {
        if (file == "-") throw UsageError("import reads named files, not standard input: --append reads them again");
        if (is_snapshot_file(file))
            throw UsageError(
                fmt::format("{} is a snapshot already: to add files to it, patlap import --append {} "
                            "FILE...",
                            file, file));
    }
}

}  // namespace

CommandRunner add_import_command(CLI::App& app) {
    struct Options {
        InputOptions input;
        std::string output, append;
    };
    auto options = std::make_shared<Options>();
    CLI::App* command = app.add_subcommand(
        "import", "Load the inputs once into a snapshot (.patlap) that every command reads in a fraction of the time");
    add_input_options(*command, options->input);
    command->get_option("FILE")->description(
        "Input files: transfer CSV, USPTO XML, JSON or PAD tables (folders too), plain, gzipped or zipped; not "
        "standard input, which --append could not read again");
    command
        ->add_option("-o,--output", options->output, "Write the snapshot to FILE.patlap (replaced only once complete)")
        ->type_name("FILE");
    command
        ->add_option("--append", options->append,
                     "Add the input files to this snapshot (its sources, unchanged, are read again with them), "
                     "replacing it, or writing -o")
        ->type_name("FILE");
    add_examples(*command, {"import data/transfers.csv -o ~/sample.patlap",
                            "import data/transfers.csv --aliases data/aliases.csv --groups data/groups.csv --by group "
                            "-o ~/groups.patlap"});

    return [command, options]() {
        const InputOptions& given = options->input;
        if (options->output.empty() && options->append.empty())
            throw UsageError("import: name the snapshot to write with -o FILE.patlap (or add to one with --append)");
        std::string target = options->output.empty() ? options->append : options->output;
        check_snapshot_path(options->output.empty() ? "--append" : "-o", target);
        refuse_snapshot_inputs(given.files);
        if (options->append.empty()) {
            import_files(given, target);
            return 0;
        }

        for (const char* option : {"--delimiter", "--skip-bad-rows", "--aliases", "--groups", "--by", "--link-renames"})
            if (command->count(option))
                throw UsageError(
                    fmt::format("import --append reads every file with the options {} was imported with: "
                                "leave out {}",
                                options->append, option));
        Snapshot snapshot = read_snapshot(options->append);
        check_sources_unchanged(snapshot.sources, options->append);
        AppendPlan plan = plan_append(snapshot.sources, given.files, options->append);
        for (const std::string& message : plan.notes) note(message);
        if (plan.added.empty() && target == options->append) {
            note(fmt::format("nothing to add: {} is left as it was", options->append));
            return 0;
        }
        InputOptions input;
        restore_load_options(input, snapshot, options->append);
        input.quiet = given.quiet;
        for (const SnapshotSource& source : plan.added) input.files.push_back(source.name);
        import_files(input, target, plan.sources);
        return 0;
    };
}

}  // namespace patlap::cli
