// Fuzz target: ByteSource on any bytes, gzip or not, members one after another. Besides crashes, it checks that
// what it reads is what zlib's own reader reads: the same bytes whenever ByteSource accepts the input (zlib's
// reader skips what follows the last member, which ByteSource refuses), and that every read is in bounds.
// fuzz-seeds: tests/fuzz/seeds/gzip_source/* tests/fixtures/small.csv
// fuzz-max-len: 8192
#include "input/byte_source.h"
#include "base/errors.h"
#include "memory_file.h"

#include <cstdlib>
#include <string>
#include <vector>
#include <zlib.h>

namespace {

bool read_by_source(const std::string& path, std::string& out) {
    try {
        patlap::ByteSource source(path);
        std::vector<char> buffer(61);
        while (std::size_t n = source.read(buffer.data(), buffer.size())) {
            if (n > buffer.size()) std::abort();
            out.append(buffer.data(), n);
        }
        if (source.data_read() != out.size()) std::abort();
        return true;
    } catch (const patlap::InputError&) {
        return false;
    }
}

std::string read_by_zlib(const std::string& path) {
    std::string out;
    gzFile gz = gzopen(path.c_str(), "rb");
    if (!gz) std::abort();
    char buffer[4096];
    int n;
    while ((n = gzread(gz, buffer, sizeof buffer)) > 0) out.append(buffer, std::size_t(n));
    gzclose(gz);
    return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static MemoryFile file("gzip-source");
    const std::string& path = file.write(data, size);
    std::string ours;
    if (read_by_source(path, ours) && ours != read_by_zlib(path)) std::abort();
    return 0;
}
