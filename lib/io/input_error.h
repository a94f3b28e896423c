#pragma once
// A problem with the user's input: a file that cannot be read, or a row that breaks the format.
#include <cstdint>
#include <stdexcept>
#include <string>

namespace patlap {

class InputError : public std::runtime_error {
public:
    // `line` 0 means the problem is with the file as a whole.
    InputError(std::string file, std::uint64_t line, const std::string& message);

    const std::string& file() const { return file_; }
    std::uint64_t line() const { return line_; }
    const std::string& message() const { return message_; }

private:
    std::string file_;
    std::uint64_t line_;
    std::string message_;
};

// "FILE:LINE: message", or "FILE: message" without a line.
std::string describe_location(const std::string& file, std::uint64_t line, const std::string& message);

}  // namespace patlap
