#pragma once
// Finding the patent an analyst names on the command line, by whichever number they have: the patent itself,
// the application it was filed as, or its pre-grant publication (the last two through Dataset::patent_numbers).
#include "model/dataset.h"

#include <string>
#include <string_view>

namespace patlap {

// The ways a typed number can be read; each is empty when the text cannot be read that way.
struct PatentArgument {
    // Its patent key (normalize_patent): `US 9,219,817 B2` -> `US9219817`, `14/678,893` -> `US14678893`.
    std::string key;
    // Its application key as the loader keys applications: `[country]APP` and the number, written
    // `USAPP14678893` or `US APP 14678893` (any number), or eight digits with an optional country
    // (`14678893`, `14/678,893`, `US 14/678,893`), which is also how grant numbers from 10,000,000 on are written.
    std::string application;
    // Its publication key: `[country]`, eleven digits that start with 20 (the year and a seven-digit serial) and
    // an optional kind code: `US20150215460`, `US 2015/0215460 A1`, `20150215460` -> `US20150215460`.
    std::string publication;
};
PatentArgument read_patent_argument(std::string_view text);

struct PatentMatch {
    enum class Via { key, application, publication };
    PatentId patent = StringPool::npos;  // npos: no patent in the data
    Via via = Via::key;
    std::string number;  // the application or publication key that found it
};

// The patent `text` names: the patent whose key it is when there is one (so an eight-digit text is a grant
// number first), else the patent granted on (or filed as) the application it names, else the patent of the
// publication it names.
PatentMatch find_patent(const Dataset& data, std::string_view text);

// For a patent found by its application or publication (not by its key): `14/678,893 is application 14678893 of US9219817`.
std::string describe_match(const Dataset& data, std::string_view text, const PatentMatch& match);

}  // namespace patlap
