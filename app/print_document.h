#pragma once
// Writes a whole document (a completion script, the man page) to standard output.
#include <string_view>

namespace patlap::cli {

// Returns 0; throws OutputClosed when the reader went away, OutputError when the write fails otherwise.
int print_document(std::string_view text);

}  // namespace patlap::cli
