#pragma once
// Reads the bytes of a file, of standard input ("-"), or of a gzip stream (detected from its first bytes, so
// `.gz` files and gzipped standard input are read transparently).
#include <cstdint>
#include <optional>
#include <string>

namespace patlap {

class ByteSource {
public:
    // Throws InputError when the file is missing, unreadable or a directory.
    explicit ByteSource(const std::string& path);
    ~ByteSource();
    ByteSource(const ByteSource&) = delete;
    ByteSource& operator=(const ByteSource&) = delete;

    // Fills up to `capacity` bytes; returns 0 at the end. Throws InputError on a read error or corrupt gzip data.
    std::size_t read(char* buffer, std::size_t capacity);

    const std::string& name() const { return name_; }
    // Bytes of the underlying file consumed so far (compressed bytes for gzip), for progress reports.
    std::uint64_t position() const;
    // Size of the underlying file when it is a regular file.
    std::optional<std::uint64_t> size() const { return size_; }

private:
    std::string name_;
    void* gz_ = nullptr;  // gzFile; zlib copies plain data through unchanged
    std::optional<std::uint64_t> size_;
};

}  // namespace patlap
