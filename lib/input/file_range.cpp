#include "input/file_range.h"

#include "input/byte_source.h"
#include "base/errors.h"

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace patlap {

std::size_t FileRange::read(char* buffer, std::size_t capacity) {
    for (;;) {
        ssize_t n = pread(fd_, buffer, capacity, off_t(offset_));
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) throw InputError(name_, 0, std::string("cannot read: ") + std::strerror(errno));
        if (n == 0 && offset_ < size_) throw file_shrank_error(name_, size_, offset_);
        offset_ += std::uint64_t(n);
        return std::size_t(n);
    }
}

}  // namespace patlap
