#include "io/input_error.h"

#include <fmt/format.h>

namespace patlap {

std::string describe_location(const std::string& file, std::uint64_t line, const std::string& message) {
    return line == 0 ? fmt::format("{}: {}", file, message) : fmt::format("{}:{}: {}", file, line, message);
}

InputError::InputError(std::string file, std::uint64_t line, const std::string& message)
    : std::runtime_error(describe_location(file, line, message)),
      file_(std::move(file)),
      line_(line),
      message_(message) {}

}  // namespace patlap
