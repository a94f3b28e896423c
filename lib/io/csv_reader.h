#pragma once
// A streaming RFC 4180 reader: quoted fields may hold delimiters, doubled quotes and line breaks; LF, CRLF and
// CR line ends; a UTF-8 byte-order mark at the start is skipped; blank lines are skipped.
#include "io/byte_source.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace patlap {

struct CsvRecord {
    std::vector<std::string_view> fields;  // valid until the next call to CsvReader::next
    std::uint64_t line = 0;                // the line the record starts on, counting from 1
};

class CsvReader {
public:
    CsvReader(ByteSource& source, char delimiter);

    // Reads the next record; false at the end of the input. Throws InputError (naming the line) on an
    // unterminated quote, text after a closing quote, a NUL byte, or a record over the size limit.
    bool next(CsvRecord& record);

    static constexpr std::size_t max_record_bytes = 64u << 20;

private:
    bool refill();
    void read_quoted_field(std::uint64_t record_line);
    void read_plain_field();
    void check_record_size(std::uint64_t record_line) const;
    [[noreturn]] void fail(std::uint64_t line, const std::string& message) const;

    ByteSource& source_;
    char delimiter_;
    std::vector<char> buffer_;
    std::size_t pos_ = 0, end_ = 0;
    bool at_eof_ = false;
    bool started_ = false;
    std::uint64_t line_ = 1;
    std::string storage_;                 // the current record's field bytes, back to back
    std::vector<std::uint32_t> field_ends_;
};

}  // namespace patlap
