#include "input/byte_source.h"
#include "output/gzip_stream.h"
#include "temp_file.h"

#include <catch2/catch.hpp>
#include <cerrno>
#include <fstream>
#include <iterator>
#include <string>

using namespace patlap;

namespace {

// Read back with patlap's own reader of .gz input.
std::string gunzip(const std::string& path) {
    ByteSource source(path);
    std::string text;
    char buffer[4096];
    while (std::size_t n = source.read(buffer, sizeof buffer)) text.append(buffer, n);
    return text;
}

}  // namespace

TEST_CASE("what is written to a gzip stream reads back from the file", "[gzip_stream]") {
    TempDir dir;
    std::string path = (dir.path() / "out.csv.gz").string();
    std::string expected;
    for (int i = 0; i < 100000; ++i) expected += "row " + std::to_string(i) + ",some text\n";
    std::FILE* file = std::fopen(path.c_str(), "wb");
    {
        GzipStream gzip(file);
        std::fputs("deal,patent\n", gzip.stream());
        std::fwrite(expected.data(), 1, expected.size(), gzip.stream());
        CHECK(gzip.finish() == 0);
    }
    std::fclose(file);
    CHECK(gunzip(path) == "deal,patent\n" + expected);
    // The gzip format's magic bytes: what `gzip -d` and `zcat` look for.
    std::ifstream in(path, std::ios::binary);
    std::string raw((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    REQUIRE(raw.size() > 2);
    CHECK(raw.substr(0, 2) == "\x1f\x8b");
    CHECK(raw.size() < expected.size() / 4);
}

TEST_CASE("a gzip stream reports the first failed write to its output", "[gzip_stream]") {
    std::FILE* full = std::fopen("/dev/full", "wb");
    REQUIRE(full);
    std::setvbuf(full, nullptr, _IONBF, 0);
    GzipStream gzip(full);
    std::string text(1 << 20, 'x');
    for (int i = 0; i < 4; ++i) text += std::to_string(i * 7919) + "\n";
    std::fwrite(text.data(), 1, text.size(), gzip.stream());
    CHECK(gzip.finish() == ENOSPC);
    std::fclose(full);
}
