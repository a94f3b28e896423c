#pragma once
// A stdio stream that gzips what is written to it into another stream (for -o FILE.gz), so that every writer
// that writes to a FILE* can write compressed output unchanged.
#include <cstdio>
#include <memory>

namespace patlap {

class GzipStream {
public:
    explicit GzipStream(std::FILE* out);  // `out` must outlive this; throws OutputError when zlib cannot start
    ~GzipStream();
    GzipStream(const GzipStream&) = delete;
    GzipStream& operator=(const GzipStream&) = delete;

    std::FILE* stream() { return stream_; }
    // Writes the rest of the compressed data and the gzip trailer to `out` (not flushing it), and closes stream().
    // Returns 0, or the errno of the first write to `out` that failed (EPIPE: the reader of a pipe went away).
    int finish();

    struct Deflater;

private:
    std::unique_ptr<Deflater> deflater_;
    std::FILE* stream_ = nullptr;
};

}  // namespace patlap
