#pragma once
// The errors patlap reports, one hierarchy: each kind carries the exit status it ends the run with, so `main`
// needs one handler for all of them (and a catch-all for what no kind covers).
//  - UsageError (2): a command line that cannot be run;
//  - InputError (3): a file that cannot be read, or a row that breaks the format (FILE:LINE);
//  - OutputError (3): a report that cannot be written, or rendered;
//  - OutputClosed (0): the reader of the output went away (`patlap ... | head`); not an error, the run ends quietly.
#include <cstdint>
#include <stdexcept>
#include <string>

namespace patlap {

class Error : public std::runtime_error {
public:
    Error(const std::string& message, int exit_status) : std::runtime_error(message), exit_status_(exit_status) {}
    int exit_status() const { return exit_status_; }

private:
    int exit_status_;
};

inline constexpr int exit_usage = 2;
inline constexpr int exit_bad_input = 3;

class UsageError : public Error {
public:
    explicit UsageError(const std::string& message) : Error(message, exit_usage) {}
};

class InputError : public Error {
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

class OutputError : public Error {
public:
    OutputError(const std::string& file, const std::string& message);
    // A failure with no file of its own (running Graphviz, say).
    explicit OutputError(const std::string& message) : Error(message, exit_bad_input) {}
};

class OutputClosed : public Error {
public:
    OutputClosed() : Error("the output was closed by its reader", 0) {}
};

// "FILE:LINE: message", or "FILE: message" without a line.
std::string describe_location(const std::string& file, std::uint64_t line, const std::string& message);

}  // namespace patlap
