#include "io/csv_reader.h"

#include "io/input_error.h"

#include <cstring>
#include <fmt/format.h>

namespace patlap {

CsvReader::CsvReader(ByteSource& source, char delimiter) : source_(source), delimiter_(delimiter), buffer_(1 << 20) {}

bool CsvReader::refill() {
    if (at_eof_) return false;
    pos_ = 0;
    end_ = source_.read(buffer_.data(), buffer_.size());
    if (end_ == 0) at_eof_ = true;
    return end_ > 0;
}

void CsvReader::fail(std::uint64_t line, const std::string& message) const {
    throw InputError(source_.name(), line, message);
}

void CsvReader::check_record_size(std::uint64_t record_line) const {
    if (storage_.size() > max_record_bytes)
        fail(record_line, fmt::format("record longer than {} MiB (an unterminated quote?)", max_record_bytes >> 20));
}

void CsvReader::read_plain_field() {
    for (;;) {
        if (pos_ == end_ && !refill()) return;
        const char* begin = buffer_.data() + pos_;
        const char* stop = buffer_.data() + end_;
        const char* p = begin;
        while (p != stop && *p != delimiter_ && *p != '\n' && *p != '\r' && *p != '\0') ++p;
        storage_.append(begin, p);
        pos_ += std::size_t(p - begin);
        if (p != stop) {
            if (*p == '\0') fail(line_, "NUL byte in the data: this is not a text CSV file");
            return;
        }
        check_record_size(line_);
    }
}

void CsvReader::read_quoted_field(std::uint64_t record_line) {
    std::uint64_t quote_line = line_;
    ++pos_;  // the opening quote
    bool after_cr = false;  // the last byte seen was a CR, possibly at the end of the previous chunk
    for (;;) {
        if (pos_ == end_ && !refill())
            fail(quote_line, "unterminated quoted field: the quote opened here is never closed");
        const char* begin = buffer_.data() + pos_;
        const char* stop = buffer_.data() + end_;
        const char* p = begin;
        while (p != stop && *p != '"' && *p != '\0') {
            if (*p == '\n') {  // LF, CRLF and a lone CR each end one line
                ++line_;
                after_cr = false;
            } else {
                if (after_cr) ++line_;
                after_cr = *p == '\r';
            }
            ++p;
        }
        if (p != stop && after_cr) {
            ++line_;
            after_cr = false;
        }
        storage_.append(begin, p);
        pos_ += std::size_t(p - begin);
        check_record_size(record_line);
        if (p == stop) continue;
        if (*p == '\0') fail(line_, "NUL byte in the data: this is not a text CSV file");
        ++pos_;  // a quote: either doubled (a literal quote) or the closing one
        if (pos_ == end_ && !refill()) return;
        char next = buffer_[pos_];
        if (next == '"') {
            storage_.push_back('"');
            ++pos_;
            continue;
        }
        if (next == delimiter_ || next == '\n' || next == '\r') return;
        fail(line_, fmt::format("unexpected character '{}' after a closing quote (a quote inside a quoted field "
                                "must be doubled: \"\")",
                                next));
    }
}

bool CsvReader::next(CsvRecord& record) {
    if (!started_) {
        started_ = true;
        if (refill() && end_ >= 3 && std::memcmp(buffer_.data(), "\xEF\xBB\xBF", 3) == 0) pos_ = 3;
    }
    for (;;) {
        storage_.clear();
        field_ends_.clear();
        if (pos_ == end_ && !refill()) return false;
        record.line = line_;
        bool end_of_record = false;
        while (!end_of_record) {
            if (pos_ < end_ && buffer_[pos_] == '"') read_quoted_field(record.line);
            else read_plain_field();
            field_ends_.push_back(std::uint32_t(storage_.size()));
            if (pos_ == end_ && !refill()) break;
            char c = buffer_[pos_++];
            if (c == delimiter_) continue;
            // c is a line end
            ++line_;
            if (c == '\r' && (pos_ < end_ || refill()) && buffer_[pos_] == '\n') ++pos_;
            end_of_record = true;
        }
        if (field_ends_.size() == 1 && field_ends_[0] == 0) continue;  // a blank line
        record.fields.resize(field_ends_.size());
        std::uint32_t begin = 0;
        for (std::size_t i = 0; i < field_ends_.size(); ++i) {
            record.fields[i] = std::string_view(storage_.data() + begin, field_ends_[i] - begin);
            begin = field_ends_[i];
        }
        return true;
    }
}

}  // namespace patlap
