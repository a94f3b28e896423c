#pragma once
// A std::ostream writing to a C stdio stream, for writers built on iostreams (Boost's graph writers) that must
// write to standard output or to an OutputFile. It buffers on its own: those writers send many small pieces, and
// handing each to stdio on its own (which locks the stream every time) would dominate the time.
#include <array>
#include <cerrno>
#include <cstdio>
#include <ostream>
#include <streambuf>

namespace patlap {

class StdioBuffer : public std::streambuf {
public:
    explicit StdioBuffer(std::FILE* file) : file_(file) { setp(buffer_.data(), buffer_.data() + buffer_.size()); }
    ~StdioBuffer() override { drain(); }

    // Hands everything buffered to the FILE; false when that fails, now or before.
    bool drain() {
        std::size_t size = std::size_t(pptr() - pbase());
        if (!error_ && size > 0 && std::fwrite(pbase(), 1, size, file_) != size) error_ = errno ? errno : EIO;
        setp(buffer_.data(), buffer_.data() + buffer_.size());
        return !error_;
    }

    int error() const { return error_; }  // 0, or the errno of the first failed write (EPIPE: a closed pipe)

protected:
    int_type overflow(int_type c) override {
        if (!drain()) return traits_type::eof();
        if (!traits_type::eq_int_type(c, traits_type::eof())) {
            *pptr() = traits_type::to_char_type(c);
            pbump(1);
        }
        return traits_type::not_eof(c);
    }
    // Writers that end each line with std::endl ask for a sync per line; handing every line to stdio on its own
    // would cost a locked fwrite each (and a system call every few lines), so a sync only passes the text on
    // once the buffer is half full. drain() passes everything on; flushing the FILE is left to its owner.
    int sync() override {
        if (pptr() - pbase() < std::ptrdiff_t(buffer_.size() / 2)) return 0;
        return drain() ? 0 : -1;
    }

private:
    std::FILE* file_;
    int error_ = 0;
    std::array<char, 1 << 16> buffer_;
};

class StdioOstream : public std::ostream {
public:
    explicit StdioOstream(std::FILE* file) : std::ostream(nullptr), buffer_(file) { rdbuf(&buffer_); }
    // Hands all text written so far to the FILE; false when that fails.
    bool drain() { return buffer_.drain(); }
    int error() const { return buffer_.error(); }

private:
    StdioBuffer buffer_;
};

}  // namespace patlap
