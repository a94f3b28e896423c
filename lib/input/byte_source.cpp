#include "input/byte_source.h"

#include "base/errors.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fmt/format.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

namespace patlap {
namespace {

gzFile as_gz(void* handle) { return static_cast<gzFile>(handle); }

std::string system_message(const char* what, int error) { return std::string(what) + ": " + std::strerror(error); }

}  // namespace

ByteSource::ByteSource(const std::string& path) : name_(path == "-" ? "<stdin>" : path) {
    int fd = path == "-" ? dup(STDIN_FILENO) : open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) throw InputError(name_, 0, system_message("cannot open", errno));
    struct stat info {};
    if (fstat(fd, &info) == 0) {
        if (S_ISDIR(info.st_mode)) {
            close(fd);
            throw InputError(name_, 0, "is a directory, not a file");
        }
        if (S_ISREG(info.st_mode)) size_ = std::uint64_t(info.st_size);
    }
    fd_ = fd;
    gz_ = gzdopen(fd, "rb");
    if (!gz_) {
        close(fd);
        throw InputError(name_, 0, "cannot open");
    }
    // A large buffer for large files and streams; a small file gets one its own size (a fuzz target opens
    // thousands of small files a second, and an alias file needs no 768 KiB of zlib buffers).
    std::uint64_t buffer = 1 << 18;
    if (size_) buffer = std::clamp<std::uint64_t>(*size_, 1 << 12, buffer);
    gzbuffer(as_gz(gz_), unsigned(buffer));
}

ByteSource::~ByteSource() {
    if (gz_) gzclose(as_gz(gz_));
}

std::string_view ByteSource::peek(std::size_t count) {
    if (head_read_ == 0 && head_.size() < count) {
        std::size_t have = head_.size();
        head_.resize(count);
        std::size_t got = have;
        while (got < count) {
            std::size_t n = read_file(head_.data() + got, count - got);
            if (n == 0) break;
            got += n;
        }
        head_.resize(got);
    }
    return std::string_view(head_).substr(head_read_);
}

std::size_t ByteSource::read(char* buffer, std::size_t capacity) {
    if (head_read_ < head_.size()) {
        std::size_t n = std::min(capacity, head_.size() - head_read_);
        std::memcpy(buffer, head_.data() + head_read_, n);
        head_read_ += n;
        if (head_read_ == head_.size()) {
            head_.clear();
            head_read_ = 0;
        }
        return n;
    }
    return read_file(buffer, capacity);
}

std::size_t ByteSource::read_file(char* buffer, std::size_t capacity) {
    int n = gzread(as_gz(gz_), buffer, unsigned(capacity));
    if (n < 0) {
        int code = 0;
        const char* message = gzerror(as_gz(gz_), &code);
        if (code == Z_ERRNO) throw InputError(name_, 0, system_message("cannot read", errno));
        throw InputError(name_, 0, std::string("corrupt gzip data: ") + message);
    }
    if (n == 0) {
        // A file cut short while it was read (rewritten in place, or truncated) ends early: say so, rather than
        // report on part of it. (Plain data only: a cut gzip stream fails its own checks below.)
        if (size_ && gzdirect(as_gz(gz_)) && position() < *size_)
            throw file_shrank_error(name_, *size_, position());
        int code = 0;
        const char* message = gzerror(as_gz(gz_), &code);
        if (code != Z_OK && code != Z_BUF_ERROR) throw InputError(name_, 0, std::string("corrupt gzip data: ") + message);
        if (code == Z_BUF_ERROR) throw InputError(name_, 0, "truncated gzip data (unexpected end of file)");
    }
    return std::size_t(n);
}

std::optional<int> ByteSource::plain_file() const {
    if (!size_ || !gzdirect(as_gz(gz_))) return std::nullopt;
    return fd_;
}

InputError file_shrank_error(const std::string& name, std::uint64_t size_when_opened, std::uint64_t bytes_read) {
    return InputError(name, 0,
                      fmt::format("the file shrank while it was read ({} bytes when opened, {} read): was it being "
                                  "rewritten? Read it again once it is complete",
                                  size_when_opened, bytes_read));
}

std::uint64_t ByteSource::position() const {
    auto offset = gzoffset(as_gz(gz_));
    return offset < 0 ? 0 : std::uint64_t(offset);
}

}  // namespace patlap
