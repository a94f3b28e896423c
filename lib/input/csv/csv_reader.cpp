#include "input/csv/csv_reader.h"

#include "base/errors.h"

#include <algorithm>
#include <cstring>
#include <memory>
#include <fmt/format.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace patlap {
namespace {

// The first byte in [p, end) that ends an unquoted field: the delimiter, CR, LF or NUL; `end` when none.
const char* find_field_end(const char* p, const char* end, char delimiter) {
#if defined(__SSE2__)
    const __m128i delimiters = _mm_set1_epi8(delimiter), lf = _mm_set1_epi8('\n'), cr = _mm_set1_epi8('\r'),
                  nul = _mm_setzero_si128();
    while (end - p >= 16) {
        __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        __m128i hits = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(bytes, delimiters), _mm_cmpeq_epi8(bytes, lf)),
                                    _mm_or_si128(_mm_cmpeq_epi8(bytes, cr), _mm_cmpeq_epi8(bytes, nul)));
        if (int mask = _mm_movemask_epi8(hits)) return p + __builtin_ctz(unsigned(mask));
        p += 16;
    }
#endif
    while (p != end && *p != delimiter && *p != '\n' && *p != '\r' && *p != '\0') ++p;
    return p;
}

// The first CR, LF or NUL in [p, end); `end` when none. Inside a quoted field only these need looking at.
const char* find_line_end_or_nul(const char* p, const char* end) {
#if defined(__SSE2__)
    const __m128i lf = _mm_set1_epi8('\n'), cr = _mm_set1_epi8('\r'), nul = _mm_setzero_si128();
    while (end - p >= 16) {
        __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        __m128i hits = _mm_or_si128(_mm_cmpeq_epi8(bytes, lf),
                                    _mm_or_si128(_mm_cmpeq_epi8(bytes, cr), _mm_cmpeq_epi8(bytes, nul)));
        if (int mask = _mm_movemask_epi8(hits)) return p + __builtin_ctz(unsigned(mask));
        p += 16;
    }
#endif
    while (p != end && *p != '\n' && *p != '\r' && *p != '\0') ++p;
    return p;
}

}  // namespace

CsvReader::CsvReader(ByteInput& source, char delimiter, std::size_t buffer_bytes, bool at_file_start)
    : source_(source),
      delimiter_(delimiter),
      capacity_(std::max<std::size_t>(buffer_bytes, 4)),
      buffer_(std::make_unique_for_overwrite<char[]>(capacity_)) {
    end_ = source_.read(buffer_.get(), capacity_);
    at_eof_ = end_ == 0;
    if (at_file_start && end_ >= 3 && std::memcmp(buffer_.get(), "\xEF\xBB\xBF", 3) == 0) pos_ = 3;
}

void CsvReader::fail(std::uint64_t line, const std::string& message) const {
    throw InputError(source_.name(), line, message);
}

bool CsvReader::read_more() {
    if (at_eof_) return false;
    std::size_t kept = end_ - pos_;
    consumed_ += pos_;
    std::memmove(buffer_.get(), buffer_.get() + pos_, kept);
    pos_ = 0;
    end_ = kept;
    if (end_ == capacity_) {  // one record fills the whole buffer
        if (capacity_ >= max_record_bytes)  // the record is longer than that
            fail(line_, fmt::format("record longer than {} MiB (an unterminated quote?)", max_record_bytes >> 20));
        std::size_t grown = std::min(capacity_ * 2, max_record_bytes);
        auto larger = std::make_unique_for_overwrite<char[]>(grown);
        std::memcpy(larger.get(), buffer_.get(), end_);
        buffer_ = std::move(larger);
        capacity_ = grown;
    }
    std::size_t n = source_.read(buffer_.get() + end_, capacity_ - end_);
    end_ += n;
    if (n == 0) at_eof_ = true;
    return n > 0;
}

bool CsvReader::next(CsvRecord& record) {
    for (;;) {
        if (pos_ == end_ && !read_more()) return false;
        switch (parse_record(record)) {
            case Parse::complete: return true;
            case Parse::blank: break;
            case Parse::incomplete: read_more(); break;  // at the end of input, the next parse completes
        }
    }
}

// Parses one record starting at pos_. Unless the input has ended, running into the end of the buffer returns
// `incomplete` having changed nothing, so the caller can read more and start again.
CsvReader::Parse CsvReader::parse_record(CsvRecord& record) {
    const char* const base = buffer_.get();
    const char* p = base + pos_;
    const char* const end = base + end_;
    std::uint64_t line = line_;
    record.fields.clear();
    unescaped_.clear();
    unescaped_fields_.clear();

    for (;;) {  // one field per pass
        if (p != end && *p == '"') {
            const std::uint64_t quote_line = line;
            const char* content = ++p;
            bool doubled_quotes = false, after_cr = false;
            for (;;) {
                const char* quote = static_cast<const char*>(std::memchr(p, '"', std::size_t(end - p)));
                const char* stop = quote ? quote : end;
                for (; p != stop; ++p) {  // count line ends inside the field; LF, CRLF and a lone CR end one each
                    if (!after_cr) {  // other bytes change nothing here: go straight to the next that may
                        p = find_line_end_or_nul(p, stop);
                        if (p == stop) break;
                    }
                    char c = *p;
                    if (c == '\n') {
                        ++line;
                        after_cr = false;
                    } else {
                        if (after_cr) ++line;
                        after_cr = c == '\r';
                        if (c == '\0') fail(line, "NUL byte in the data: this is not a text CSV file");
                    }
                }
                if (!quote) {
                    if (!at_eof_) return Parse::incomplete;
                    fail(quote_line, "unterminated quoted field: the quote opened here is never closed");
                }
                if (after_cr) ++line, after_cr = false;
                if (quote + 1 == end && !at_eof_) return Parse::incomplete;
                if (quote + 1 != end && quote[1] == '"') {
                    doubled_quotes = true;
                    p = quote + 2;
                    continue;
                }
                p = quote + 1;
                std::string_view raw(content, std::size_t(quote - content));
                if (doubled_quotes) {
                    std::size_t offset = unescaped_.size();
                    for (std::size_t i = 0; i < raw.size(); ++i) {
                        unescaped_.push_back(raw[i]);
                        if (raw[i] == '"') ++i;  // keep one of each doubled pair
                    }
                    unescaped_fields_.push_back({record.fields.size(), offset, unescaped_.size() - offset});
                }
                record.fields.push_back(raw);
                if (p != end && *p != delimiter_ && *p != '\n' && *p != '\r')
                    fail(line, fmt::format("unexpected character '{}' after a closing quote (a quote inside a quoted "
                                           "field must be doubled: \"\")",
                                           *p));
                break;
            }
        } else {
            const char* stop = find_field_end(p, end, delimiter_);
            if (stop == end && !at_eof_) return Parse::incomplete;
            if (stop != end && *stop == '\0') fail(line, "NUL byte in the data: this is not a text CSV file");
            record.fields.emplace_back(p, std::size_t(stop - p));
            p = stop;
        }
        // p is at a delimiter, a line end, or the end of the input
        if (p == end) break;
        char c = *p++;
        if (c == delimiter_) continue;
        if (c == '\r') {
            if (p == end && !at_eof_) return Parse::incomplete;
            if (p != end && *p == '\n') ++p;
        }
        ++line;
        break;
    }

    record.line = line_;
    record.text = std::string_view(base + pos_, std::size_t(p - (base + pos_)));
    line_ = line;
    pos_ = std::size_t(p - base);
    for (const Unescaped& u : unescaped_fields_)
        record.fields[u.field] = std::string_view(unescaped_.data() + u.offset, u.length);
    if (record.fields.size() == 1 && record.fields[0].empty()) return Parse::blank;
    return Parse::complete;
}

}  // namespace patlap
