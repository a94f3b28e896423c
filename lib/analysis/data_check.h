#pragma once
// Every problem in the data, one record each: what `patlap check` lists.
//
// Codes and severities (errors fail `check`; warnings fail it only with --strict):
//   break                 error    a title-moving transfer from a party that did not hold title (title_replay.h)
//   conflicting-transfer  error    one patent moved to different parties on one date by different deals
//   date-out-of-range     error    a date before 1790-01-01 (the first US patent act) or after today
//   release-without-lien  warning  a release by a party that held no lien (the lien may predate the data)
//   self-transfer         warning  the same parties on both sides of an event, other than a name change
//   duplicate-row         warning  a row repeating an earlier one exactly; it was counted once
//   reference-not-loaded  warning  a USPTO record names an earlier record (reel/frame) that is not in the data
//   differing-copies      error    a USPTO record (reel/frame) read twice with different content
#include "model/patent_history.h"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace patlap {

enum class ProblemCode : std::uint8_t {
    chain_break,
    conflicting_transfer,
    date_out_of_range,
    release_without_lien,
    self_transfer,
    duplicate_row,
    reference_not_loaded,
    differing_copies,
};
inline constexpr std::size_t problem_code_count = 8;

enum class Severity : std::uint8_t { error, warning };

std::string_view code_name(ProblemCode code);
Severity severity_of(ProblemCode code);
std::string_view severity_name(Severity severity);

struct Problem {
    ProblemCode code;
    std::uint16_t file;
    std::uint32_t line;
    DealId deal;
    PatentId patent;
    std::string message;
};

struct CheckOptions {
    Date earliest = 17900101;
    Date today = 0;  // dates after this are out of range (0: the system's date today)
};

struct CheckResult {
    std::vector<Problem> problems;  // by file and line, then code
    std::array<std::uint64_t, problem_code_count> counts{};
    std::uint64_t errors = 0, warnings = 0;
};

CheckResult check_data(const Dataset& data, const PatentHistory& history, const CheckOptions& options);

// Today's date in local time.
Date today();

}  // namespace patlap
