#include "base/spill_file.h"

#include "base/errors.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fmt/format.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

namespace patlap {

SpillFile::SpillFile(const TempFolder& folder, std::size_t buffer_bytes)
    : folder_(folder.path()), what_(folder.what()), buffer_(std::max<std::size_t>(buffer_bytes, 4096)) {
    std::string pattern = folder.path() + "/run-XXXXXX";
    fd_ = mkstemp(pattern.data());
    if (fd_ < 0) fail("make a file in", errno);
    unlink(pattern.c_str());
}

SpillFile::~SpillFile() {
    if (mapped_) munmap(mapped_, written_);
    if (fd_ >= 0) close(fd_);
}

void SpillFile::fail(const char* doing, int error) const {
    if (error == ENOSPC || error == EDQUOT || error == EFBIG)  // EFBIG: past the file size limit (ulimit -f)
        throw OutputError("TMPDIR", fmt::format("no space left to spill {} ({}: {:.1f} MB in this file)",
                                                what_, folder_, double(written_) / 1e6));
    throw OutputError("TMPDIR", fmt::format("cannot {} {} to spill {}: {}", doing, folder_, what_,
                                            std::strerror(error)));
}

void SpillFile::write(const void* bytes, std::size_t size) {
    const char* from = static_cast<const char*>(bytes);
    while (size > 0) {
        std::size_t part = std::min(size, buffer_.size() - held_);
        std::memcpy(buffer_.data() + held_, from, part);
        held_ += part;
        from += part;
        size -= part;
        if (held_ == buffer_.size()) flush();
    }
}

void SpillFile::flush() {
    std::size_t done = 0;
    while (done < held_) {
        ssize_t n = ::pwrite(fd_, buffer_.data() + done, held_ - done, off_t(written_));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) fail("write in", n < 0 ? errno : ENOSPC);
        done += std::size_t(n);
        written_ += std::uint64_t(n);
    }
    held_ = 0;
}

void SpillFile::finish() {
    flush();
    read_at_ = 0;
    std::vector<char>().swap(buffer_);  // from here on only read: the buffer goes
}

std::size_t SpillFile::read(void* bytes, std::size_t size) {
    std::size_t done = 0;
    while (done < size && read_at_ < written_) {
        ssize_t n = ::pread(fd_, static_cast<char*>(bytes) + done,
                            std::size_t(std::min<std::uint64_t>(size - done, written_ - read_at_)), off_t(read_at_));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) fail("read back from", n < 0 ? errno : EIO);
        done += std::size_t(n);
        read_at_ += std::uint64_t(n);
    }
    return done;
}

std::span<const std::byte> SpillFile::map() {
    if (written_ == 0) return {};
    if (!mapped_) {
        void* at = mmap(nullptr, written_, PROT_READ, MAP_SHARED, fd_, 0);
        if (at == MAP_FAILED) fail("map", errno);
        mapped_ = at;
    }
    return {static_cast<const std::byte*>(mapped_), std::size_t(written_)};
}

}  // namespace patlap
