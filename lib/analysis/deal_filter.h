#pragma once
// Which deals take part in a report: by party, kind and date range.
#include "analysis/party_lookup.h"
#include "model/dataset.h"

#include <string>
#include <vector>

namespace patlap {

struct DealFilter {
    std::vector<std::string> parties;  // deals with any of these parties on either side (see match_party)
    KindSet kinds = 0;                 // deals with at least one row of these kinds (0: any)
    KindSet excluded_kinds = 0;        // deals with no row of these kinds
    Date since = 0, until = 0;         // deal date in [since, until] (0: open end)
};

struct DealSelection {
    std::vector<char> selected;            // per deal: 1 when it passes the filter
    std::vector<std::string> unmatched;    // filter values that match nothing in the data: a warning each
    std::vector<std::string> notes;        // party names that matched by the start of a name: a note each
};

DealSelection select_deals(const Dataset& data, const DealFilter& filter);

// Looks up deal identifiers as written; for names not in the data, `unmatched` gets a warning each.
std::vector<DealId> find_deals(const Dataset& data, const std::vector<std::string>& names,
                               std::vector<std::string>& unmatched);

}  // namespace patlap
