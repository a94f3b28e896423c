#include "base/temp_folder.h"

#include "base/errors.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fmt/format.h>
#include <stdlib.h>
#include <system_error>

namespace patlap {

TempFolder::TempFolder(std::string what) : what_(std::move(what)) {
    const char* base = std::getenv("TMPDIR");
    std::string parent = base && *base ? base : "/tmp";
    std::string pattern = parent + "/patlap-XXXXXX";
    if (!mkdtemp(pattern.data()))
        throw OutputError("TMPDIR", fmt::format("cannot make a folder in {} to spill {}: {}", parent, what_,
                                                std::strerror(errno)));
    path_ = pattern;
}

TempFolder::~TempFolder() {
    std::error_code ignored;  // nothing to do about a folder that will not go; never throw from here
    std::filesystem::remove_all(path_, ignored);
}

}  // namespace patlap
