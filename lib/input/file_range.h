#pragma once
// Reads an open regular file from a given offset to its end with pread, which leaves the file's own position
// alone: several readers can each take a part of one file at once.
#include "input/byte_input.h"

#include <cstdint>
#include <string>

namespace patlap {

class FileRange : public ByteInput {
public:
    // `size_when_opened`: a file that ends before it is read as shrunk (see file_shrank_error).
    FileRange(int fd, const std::string& name, std::uint64_t begin, std::uint64_t size_when_opened)
        : fd_(fd), name_(name), offset_(begin), size_(size_when_opened) {}

    std::size_t read(char* buffer, std::size_t capacity) override;
    const std::string& name() const override { return name_; }

private:
    int fd_;
    const std::string& name_;
    std::uint64_t offset_, size_;
};

}  // namespace patlap
