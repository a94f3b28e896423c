#include "print_document.h"

#include "base/errors.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>

namespace patlap::cli {

int print_document(std::string_view text) {
    errno = 0;
    if (std::fwrite(text.data(), 1, text.size(), stdout) == text.size() && std::fflush(stdout) == 0) return 0;
    if (errno == EPIPE) throw OutputClosed();
    throw OutputError("<stdout>", std::string("cannot write: ") + std::strerror(errno ? errno : EIO));
}

}  // namespace patlap::cli
