#pragma once
// `check --format github`: GitHub Actions workflow commands, one a finding, which a workflow run shows as
// annotations on the file and line they name.
#include "output/table.h"

#include <cstdio>
#include <string>
#include <string_view>

namespace patlap {

// A workflow command's message, escaped as the runner reads it: % as %25, CR as %0D, LF as %0A.
std::string escape_github_message(std::string_view text);
// A property's value (file=...): escaped as a message, and : as %3A, , as %2C.
std::string escape_github_property(std::string_view text);

// Writes `::error file=F,line=N::CODE: MESSAGE` (`::warning` for warnings) for each row of a check report
// (check_table or check_by_deal_table: it reads their severity, code, file, line and message columns). file= is
// left out for standard input, line= with it and where the line is not known. Returns 0, or the errno of the
// first write that failed.
int write_github_annotations(std::FILE* out, const Table& findings);

}  // namespace patlap
