#pragma once
// A std::ostream writing to a C stdio stream, for writers built on iostreams (Boost's graph writers) that must
// write to standard output or to an OutputFile.
#include <cstdio>
#include <ostream>
#include <streambuf>

namespace patlap {

class StdioBuffer : public std::streambuf {
public:
    explicit StdioBuffer(std::FILE* file) : file_(file) {}

protected:
    int_type overflow(int_type c) override {
        if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
        return std::fputc(c, file_) == EOF ? traits_type::eof() : c;
    }
    std::streamsize xsputn(const char* s, std::streamsize n) override {
        return std::streamsize(std::fwrite(s, 1, std::size_t(n), file_));
    }
    int sync() override { return std::fflush(file_) == 0 ? 0 : -1; }

private:
    std::FILE* file_;
};

class StdioOstream : public std::ostream {
public:
    explicit StdioOstream(std::FILE* file) : std::ostream(nullptr), buffer_(file) { rdbuf(&buffer_); }

private:
    StdioBuffer buffer_;
};

}  // namespace patlap
