#include "input/byte_source.h"

#include "base/errors.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fmt/format.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>
#include <zlib.h>

namespace patlap {
namespace {

std::string system_message(const char* what, int error) { return std::string(what) + ": " + std::strerror(error); }

constexpr unsigned char gzip_magic[2] = {0x1f, 0x8b};

}  // namespace

// zlib's inflate over the file's bytes, member after member.
class ByteSource::Gunzip {
public:
    Gunzip(ByteSource& source, std::size_t buffer_size) : source_(source), input_(buffer_size) {
        if (inflateInit2(&stream_, 15 + 16) != Z_OK) throw InputError(source_.name_, 0, "cannot start zlib");
    }
    ~Gunzip() { inflateEnd(&stream_); }
    Gunzip(const Gunzip&) = delete;
    Gunzip& operator=(const Gunzip&) = delete;

    // Whatever of the file was read already (its first bytes) goes in first.
    void take(std::string_view bytes) {
        std::memcpy(input_.data(), bytes.data(), bytes.size());
        stream_.next_in = input_.data();
        stream_.avail_in = unsigned(bytes.size());
    }

    std::size_t read(char* buffer, std::size_t capacity) {
        stream_.next_out = reinterpret_cast<Bytef*>(buffer);
        stream_.avail_out = unsigned(std::min<std::size_t>(capacity, 1u << 30));
        while (stream_.avail_out > 0) {
            if (!in_member_) {
                if (!fill(2)) {
                    if (stream_.avail_in == 0) break;  // the end, after a whole member
                    throw garbage();
                }
                if (stream_.next_in[0] != gzip_magic[0] || stream_.next_in[1] != gzip_magic[1]) throw garbage();
                if (members_ > 0 && inflateReset(&stream_) != Z_OK) throw corrupt("cannot restart zlib");
                in_member_ = true;
            }
            if (stream_.avail_in == 0 && !fill(1))
                throw InputError(source_.name_, 0,
                                 fmt::format("truncated gzip data (unexpected end of file in member {})", members_ + 1));
            int status = inflate(&stream_, Z_NO_FLUSH);
            if (status == Z_STREAM_END) {
                in_member_ = false;
                ++members_;
            } else if (status != Z_OK && status != Z_BUF_ERROR) {
                throw corrupt(stream_.msg ? stream_.msg : "invalid data");
            }
        }
        return std::size_t(reinterpret_cast<char*>(stream_.next_out) - buffer);
    }

    // Bytes of the file that inflate has taken.
    std::uint64_t consumed() const { return source_.raw_read_ - stream_.avail_in; }

private:
    // Makes at least `want` bytes of input available, reading more of the file; false at its end short of them.
    bool fill(std::size_t want) {
        if (stream_.avail_in >= want) return true;
        std::memmove(input_.data(), stream_.next_in, stream_.avail_in);
        stream_.next_in = input_.data();
        while (stream_.avail_in < want) {
            std::size_t n = source_.read_raw(reinterpret_cast<char*>(input_.data()) + stream_.avail_in,
                                             input_.size() - stream_.avail_in);
            if (n == 0) return false;
            stream_.avail_in += unsigned(n);
        }
        return true;
    }
    InputError garbage() const {
        return InputError(source_.name_, 0,
                          fmt::format("what follows gzip member {} (from byte {}) is not a gzip member: a damaged "
                                      "or appended file?",
                                      members_, consumed()));
    }
    InputError corrupt(const char* what) const {
        return InputError(source_.name_, 0,
                          fmt::format("corrupt gzip data: {} (member {}, near byte {})", what, members_ + 1, consumed()));
    }

    ByteSource& source_;
    z_stream stream_{};
    std::vector<Bytef> input_;
    bool in_member_ = false;
    std::uint64_t members_ = 0;  // members read whole
};

ByteSource::ByteSource(const std::string& path) : name_(path == "-" ? std::string(standard_input_name) : path) {
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
    try {
        detect_gzip();
    } catch (...) {
        close(fd_);
        throw;
    }
}

ByteSource::ByteSource(std::unique_ptr<DecodedBytes> decoded) : name_(decoded->name()), decoded_(std::move(decoded)) {
    detect_gzip();
}

void ByteSource::detect_gzip() {
    raw_head_.resize(2);
    std::size_t got = 0;
    while (got < raw_head_.size()) {
        std::size_t n = read_raw(raw_head_.data() + got, raw_head_.size() - got);
        if (n == 0) break;
        got += n;
    }
    raw_head_.resize(got);
    if (got == 2 && static_cast<unsigned char>(raw_head_[0]) == gzip_magic[0] &&
        static_cast<unsigned char>(raw_head_[1]) == gzip_magic[1]) {
        // A large buffer for large files and streams; a small file gets one its own size (a fuzz target opens
        // thousands of small files a second, and an alias file needs no large buffers).
        std::uint64_t buffer = 1 << 18;
        if (size_) buffer = std::clamp<std::uint64_t>(*size_, 1 << 12, buffer);
        gunzip_ = std::make_unique<Gunzip>(*this, std::size_t(buffer));
        gunzip_->take(raw_head_);
        raw_head_.clear();
    }
}

ByteSource::~ByteSource() {
    if (fd_ >= 0) close(fd_);
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

std::size_t ByteSource::read_raw(char* buffer, std::size_t capacity) {
    if (decoded_) {
        std::size_t n = decoded_->read(buffer, capacity);
        raw_read_ += n;
        return n;
    }
    for (;;) {
        ssize_t n = ::read(fd_, buffer, std::min<std::size_t>(capacity, 1u << 30));
        if (n >= 0) {
            raw_read_ += std::uint64_t(n);
            return std::size_t(n);
        }
        if (errno != EINTR) throw InputError(name_, 0, system_message("cannot read", errno));
    }
}

std::size_t ByteSource::read_file(char* buffer, std::size_t capacity) {
    std::size_t n = 0;
    if (gunzip_) {
        n = gunzip_->read(buffer, capacity);
    } else {
        if (!raw_head_.empty()) {  // the first bytes, read to tell gzip from plain data, then the rest
            n = std::min(capacity, raw_head_.size());
            std::memcpy(buffer, raw_head_.data(), n);
            raw_head_.erase(0, n);
        }
        if (n < capacity) {
            std::size_t more = read_raw(buffer + n, capacity - n);
            // A file cut short while it was read (rewritten in place, or truncated) ends early: say so, rather
            // than report on part of it. (Plain data only: a cut gzip member fails its own checks.)
            if (more == 0 && n == 0 && size_ && raw_read_ < *size_) throw file_shrank_error(name_, *size_, raw_read_);
            n += more;
        }
    }
    data_read_ += n;
    return n;
}

std::optional<int> ByteSource::plain_file() const {
    if (!size_ || gunzip_) return std::nullopt;
    return fd_;
}

InputError file_shrank_error(const std::string& name, std::uint64_t size_when_opened, std::uint64_t bytes_read) {
    return InputError(name, 0,
                      fmt::format("the file shrank while it was read ({} bytes when opened, {} read): was it being "
                                  "rewritten? Read it again once it is complete",
                                  size_when_opened, bytes_read));
}

std::uint64_t ByteSource::position() const {
    if (decoded_) return decoded_->position();
    return gunzip_ ? gunzip_->consumed() : raw_read_;
}

}  // namespace patlap
