#include "output/gzip_stream.h"

#include "base/errors.h"

#include <cerrno>
#include <sys/types.h>
#include <zlib.h>

namespace patlap {

struct GzipStream::Deflater {
    std::FILE* out;
    z_stream zs{};
    int error = 0;
    unsigned char buffer[1 << 16];

    // Compresses `size` bytes (with `flush` Z_FINISH: and ends the stream) into `out`; false once a write failed.
    bool deflate_into_out(const char* data, std::size_t size, int flush) {
        zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data));
        zs.avail_in = uInt(size);
        do {
            zs.next_out = buffer;
            zs.avail_out = sizeof buffer;
            deflate(&zs, flush);
            std::size_t produced = sizeof buffer - zs.avail_out;
            if (!error && produced > 0 && std::fwrite(buffer, 1, produced, out) != produced) error = errno ? errno : EIO;
        } while (zs.avail_out == 0 && !error);
        return !error;
    }
};

namespace {

// fopencookie's write: the bytes stdio has buffered. It returns how many it took, short on failure.
ssize_t write_compressed(void* cookie, const char* data, std::size_t size) {
    auto* deflater = static_cast<GzipStream::Deflater*>(cookie);
    // zlib takes at most 4 GiB at a time; stdio hands over its buffer, far less.
    return deflater->deflate_into_out(data, size, Z_NO_FLUSH) ? ssize_t(size) : 0;
}

}  // namespace

GzipStream::GzipStream(std::FILE* out) : deflater_(std::make_unique<Deflater>()) {
    deflater_->out = out;
    // 15 + 16: the largest window, with a gzip header and trailer rather than zlib's.
    if (deflateInit2(&deflater_->zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        throw OutputError("cannot start gzip compression (zlib)");
    cookie_io_functions_t functions{};
    functions.write = write_compressed;
    stream_ = fopencookie(deflater_.get(), "w", functions);
    if (!stream_) {
        deflateEnd(&deflater_->zs);
        throw OutputError("cannot start gzip compression: out of memory");
    }
}

GzipStream::~GzipStream() {
    if (stream_) std::fclose(stream_);
    deflateEnd(&deflater_->zs);
}

int GzipStream::finish() {
    std::fflush(stream_);
    std::fclose(stream_);
    stream_ = nullptr;
    if (!deflater_->error) deflater_->deflate_into_out(nullptr, 0, Z_FINISH);
    return deflater_->error;
}

}  // namespace patlap
