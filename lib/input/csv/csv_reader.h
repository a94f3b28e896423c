#pragma once
// A streaming RFC 4180 reader: quoted fields may hold delimiters, doubled quotes and line breaks; LF, CRLF and
// CR line ends; a UTF-8 byte-order mark at the start is skipped; blank lines are skipped.
//
// Fields point straight into the read buffer, which always holds whole records (a record cut by the end of a
// chunk is moved to the front and read again); only fields with doubled quotes are copied, to undo them.
#include "input/byte_input.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace patlap {

struct CsvRecord {
    std::vector<std::string_view> fields;  // valid until the next call to CsvReader::next
    std::string_view text;                 // the record's bytes as read, quotes and line end and all; likewise
    std::uint64_t line = 0;                // the line the record starts on, counting from 1
};

class CsvReader {
public:
    // `buffer_bytes` is where reading starts (the buffer doubles for a longer record); the fuzz target makes it
    // tiny so that records are cut by the end of a chunk all the time.
    // `at_file_start`: a byte-order mark is skipped only there (a reader may start in the middle of a file).
    CsvReader(ByteInput& source, char delimiter, std::size_t buffer_bytes = default_buffer_bytes,
              bool at_file_start = true);

    // Reads the next record; false at the end of the input. Throws InputError (naming the line) on an
    // unterminated quote, text after a closing quote, a NUL byte, or a record over the size limit.
    bool next(CsvRecord& record);

    // Bytes of the input consumed so far: where the next record (or blank line) starts.
    std::uint64_t offset() const { return consumed_ + pos_; }
    // The line the next record starts on, counting from 1 at the start of the input.
    std::uint64_t line() const { return line_; }

    static constexpr std::size_t default_buffer_bytes = 1u << 20;
    static constexpr std::size_t max_record_bytes = 64u << 20;

private:
    enum class Parse { complete, blank, incomplete };
    Parse parse_record(CsvRecord& record);
    bool read_more();  // keeps the unparsed tail, makes room, reads; false at the end of the input
    [[noreturn]] void fail(std::uint64_t line, const std::string& message) const;

    ByteInput& source_;
    char delimiter_;
    std::size_t capacity_;
    std::unique_ptr<char[]> buffer_;  // not zeroed: only what was read is ever looked at
    std::size_t pos_ = 0, end_ = 0;
    std::uint64_t consumed_ = 0;  // bytes of the input before buffer_[0]
    bool at_eof_ = false;
    std::uint64_t line_ = 1;
    std::string unescaped_;  // fields that had doubled quotes, undone
    struct Unescaped {
        std::size_t field, offset, length;
    };
    std::vector<Unescaped> unescaped_fields_;
};

}  // namespace patlap
