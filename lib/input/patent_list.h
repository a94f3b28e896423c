#pragma once
// Reading the analyst's list of patents (chain --patents-from): one patent a line, any number form the look-up
// takes (model/patent_lookup.h). Blank lines and lines starting with # are skipped, spaces and tabs around a
// number dropped. A file, gzipped or not, or standard input (`-`).
#include <string>
#include <vector>

namespace patlap {

// The patents listed, in file order. Throws InputError (FILE:LINE) for a file that cannot be read or a line that
// is not text (a binary file given by mistake).
std::vector<std::string> read_patent_list(const std::string& path);

}  // namespace patlap
