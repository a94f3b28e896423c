#include "base/errors.h"

#include <fmt/format.h>

namespace patlap {

std::string describe_location(const std::string& file, std::uint64_t line, const std::string& message) {
    return line == 0 ? fmt::format("{}: {}", file, message) : fmt::format("{}:{}: {}", file, line, message);
}

InputError::InputError(std::string file, std::uint64_t line, const std::string& message)
    : Error(describe_location(file, line, message), exit_bad_input),
      file_(std::move(file)),
      line_(line),
      message_(message) {}

OutputError::OutputError(const std::string& file, const std::string& message)
    : Error(file + ": " + message, exit_bad_input) {}

}  // namespace patlap
