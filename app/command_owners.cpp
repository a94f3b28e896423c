#include "analysis/owners.h"
#include "commands.h"
#include "common_options.h"
#include "examples.h"
#include "model/date.h"
#include "output/owners_report.h"

namespace patlap::cli {

CommandRunner add_owners_command(CLI::App& app) {
    struct Options {
        InputOptions input;
        OutputOptions output;
        std::string as_of;
        std::string party;
        PatentOptions patents;
    };
    auto options = std::make_shared<Options>();
    CLI::App* command =
        app.add_subcommand("owners", "The owner of record of each patent on a date, with its liens and licensees");
    add_input_options(*command, options->input);
    add_output_options(*command, options->output);
    command->add_option("--as-of", options->as_of, "On this date (default: after the last event)")
        ->check(date_value)
        ->type_name("DATE");
    command->add_option("--party", options->party, "Only the patents this party owns then (its portfolio)")
        ->check(party_name_value)
        ->type_name("NAME");

    add_patent_options(*command, options->patents);
    add_examples(*command, {"owners data/transfers.csv --as-of 2016-12-31",
                            "owners data/transfers.csv --party xiaomi --csv"});

    return [options]() {
        ReportOutput output = prepare_output(options->output);  // before the load: its mistakes show first
        std::vector<std::string> names = patent_names(options->patents, options->input);
        Dataset data = load_input(options->input, {.patent_numbers = options->patents.any()});
        OwnerQuery query;
        std::vector<char> wanted;
        if (options->patents.any()) {
            wanted = patent_marks(data, patents_or_warn(data, names));
            query.patents = wanted;
        }
        if (!options->as_of.empty()) query.as_of = *parse_date(options->as_of);
        if (!options->party.empty()) {
            query.parties = parties_or_warn(data, "--party", options->party);
            if (query.parties.empty()) return write_report(owners_table(data, OwnerList{}), output);
        }
        PatentHistory history(data, wanted);
        OwnerList owners = find_owners(data, history, query);
        return write_report(owners_table(data, owners), output);
    };
}

}  // namespace patlap::cli
