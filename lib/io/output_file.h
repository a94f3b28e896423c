#pragma once
// A report file written safely: the text goes to a temporary file beside the target, which replaces the target
// only on commit(), so an interrupted run never leaves a half-written report where a good one was.
#include <cstdio>
#include <stdexcept>
#include <string>

namespace patlap {

class OutputError : public std::runtime_error {
public:
    OutputError(const std::string& file, const std::string& message);
};

class OutputFile {
public:
    explicit OutputFile(std::string path);  // throws OutputError when the folder is not writable
    ~OutputFile();                           // removes the temporary file unless committed
    OutputFile(const OutputFile&) = delete;
    OutputFile& operator=(const OutputFile&) = delete;

    std::FILE* stream() { return stream_; }
    void commit();  // throws OutputError

private:
    std::string path_, temporary_;
    std::FILE* stream_ = nullptr;
};

}  // namespace patlap
