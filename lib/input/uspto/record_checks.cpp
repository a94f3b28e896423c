#include "input/uspto/record_checks.h"

#include <algorithm>
#include <fmt/format.h>

namespace patlap {
namespace {

bool all_digits(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

std::string missing_record_parts(const AssignmentRecord& r) {
    if (r.reel.empty()) return "no reel number";
    if (!all_digits(r.reel)) return fmt::format("the reel number \"{}\" is not a number", r.reel);
    if (r.frame.empty()) return "no frame number";
    if (!all_digits(r.frame)) return fmt::format("the frame number \"{}\" is not a number", r.frame);
    if (r.assignors.empty()) return "no assignor name";
    if (r.assignees.empty()) return "no assignee name";
    if (r.properties.empty()) return "no property with a patent, application or publication number";
    return {};
}

}  // namespace patlap
