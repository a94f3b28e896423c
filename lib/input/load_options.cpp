#include "input/load_options.h"

#include "base/errors.h"

namespace patlap {

void skip_bad_row(LoadSummary& load, const LoadOptions& options, const std::string& file, std::uint64_t line,
                  const std::string& problem) {
    if (!options.skip_bad_rows) throw InputError(file, line, problem);
    ++load.rows_skipped;
    if (load.first_skip_reasons.size() < options.skip_reasons_kept)
        load.first_skip_reasons.push_back(describe_location(file, line, problem));
}

char delimiter_for(const std::string& path, const LoadOptions& options) {
    return options.delimiter.value_or(path.ends_with(".tsv") || path.ends_with(".tsv.gz") ? '\t' : ',');
}

}  // namespace patlap
