#pragma once
// Rows of `patlap parties`: party, key, spellings, deals, patents_in, patents_out, patents_held; and of
// `patlap parties --suggest`: party_a, party_b, score, reason.
#include "analysis/party_suggestions.h"
#include "analysis/party_summary.h"
#include "output/table.h"

#include <memory>

namespace patlap {

// Keeps references to its arguments.
Table parties_table(const Dataset& data, const std::vector<PartySummary>& parties,
                    std::shared_ptr<const PartySpellings> spellings);

Table suggestions_table(const Dataset& data, const std::vector<MergeSuggestion>& suggestions);

}  // namespace patlap
