#pragma once
// Reads the bytes of a file, of standard input ("-"), or of a gzip stream (detected from its first bytes, so
// `.gz` files and gzipped standard input are read transparently). A gzip file may hold several members one after
// another (as `cat a.gz b.gz` makes): they are read in turn, and anything after the last one that is not a gzip
// member is an error, as a corrupt or cut member is: nothing is dropped without a word.
#include "input/byte_input.h"
#include "base/errors.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace patlap {

// What standard input is called in messages and reports (and its archive's members: "<stdin>!B.xml").
inline constexpr std::string_view standard_input_name = "<stdin>";

// Bytes that another reader decodes from a file: a member of an archive. Named as the member ("A.zip!B.xml").
class DecodedBytes : public ByteInput {
public:
    // Bytes of the underlying file consumed so far, for progress.
    virtual std::uint64_t position() const = 0;
};

class ByteSource : public ByteInput {
public:
    // Throws InputError when the file is missing, unreadable or a directory.
    explicit ByteSource(const std::string& path);
    // The bytes `decoded` hands out (gzip in them is read transparently, as in a file).
    explicit ByteSource(std::unique_ptr<DecodedBytes> decoded);
    ~ByteSource() override;
    ByteSource(const ByteSource&) = delete;
    ByteSource& operator=(const ByteSource&) = delete;

    // Fills up to `capacity` bytes; returns 0 at the end. Throws InputError on a read error or corrupt gzip data.
    std::size_t read(char* buffer, std::size_t capacity) override;

    const std::string& name() const override { return name_; }
    // Up to `count` first bytes of the input (decompressed), without consuming them: read() returns them first.
    // Lets a caller tell what kind of input this is, even on standard input, before handing the source on.
    std::string_view peek(std::size_t count);

    // Bytes of the underlying file consumed so far (compressed bytes for gzip and archives), for progress reports.
    std::uint64_t position() const;
    // Bytes of data handed out so far, peeked ones included (decompressed bytes for gzip and archives).
    std::uint64_t data_read() const { return data_read_; }
    // Size of the underlying file when it is a regular file.
    std::optional<std::uint64_t> size() const { return size_; }
    // The open file, when the input is a regular file read as it is (not standard input, not gzip): readers
    // that split a large file read its parts at their own offsets (FileRange).
    std::optional<int> plain_file() const;

private:
    class Gunzip;
    void detect_gzip();
    std::size_t read_file(char* buffer, std::size_t capacity);
    std::size_t read_raw(char* buffer, std::size_t capacity);

    std::string name_;
    int fd_ = -1;
    std::unique_ptr<DecodedBytes> decoded_;  // read instead of fd_ when set
    std::optional<std::uint64_t> size_;
    std::uint64_t raw_read_ = 0;   // bytes read from the file
    std::uint64_t data_read_ = 0;  // bytes of data produced
    std::string raw_head_;         // the first bytes of the file, read to tell gzip from plain data
    std::unique_ptr<Gunzip> gunzip_;  // null for plain data
    std::string head_;          // bytes peeked and not yet read
    std::size_t head_read_ = 0;
};

// The error for a file that ended before the size it had when opened (rewritten in place, or truncated).
InputError file_shrank_error(const std::string& name, std::uint64_t size_when_opened, std::uint64_t bytes_read);

}  // namespace patlap
