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
#include <optional>
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
// The code named, or nothing; code_list() is "break, conflicting-transfer, ..." for messages.
std::optional<ProblemCode> parse_problem_code(std::string_view name);
std::string code_list();
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
    std::array<bool, problem_code_count> ignored{};  // codes left out of the result (counted in `ignored`)
    std::vector<char> patents;  // per patent: only problems of marked ones (empty: every patent)
    std::vector<char> parties;  // per party: only problems of deals with a marked one on either side (empty: all)
};

struct CheckResult {
    std::vector<Problem> problems;  // by file and line, then code
    std::array<std::uint64_t, problem_code_count> counts{};
    std::uint64_t errors = 0, warnings = 0;
    std::uint64_t ignored = 0;  // problems of ignored codes, left out
};

// One row per code and deal: the problems of one kind that one deal has, over all its patents (a deal of 1,000
// patents whose seller held none of them is one break, not 1,000).
struct DealProblems {
    ProblemCode code;
    DealId deal;
    std::uint16_t file;  // where the deal's first such problem is
    std::uint32_t line;
    std::uint32_t patents;  // distinct patents it concerns
    std::size_t first;       // index in CheckResult::problems of its first problem
};
std::vector<DealProblems> problems_by_deal(const CheckResult& result);

CheckResult check_data(const Dataset& data, const PatentHistory& history, const CheckOptions& options);

// Today's date in local time.
Date today();

}  // namespace patlap
