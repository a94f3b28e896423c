#include "input/byte_source.h"
#include "base/errors.h"
#include "temp_file.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

using namespace patlap;

TEST_CASE("a file cut short while it is read is an error, not a partial read", "[io]") {
    TempDir dir;
    std::string path = dir.write("big.csv", std::string(1 << 20, 'x'));
    ByteSource source(path);
    std::vector<char> buffer(4096);
    REQUIRE(source.read(buffer.data(), buffer.size()) == buffer.size());
    std::filesystem::resize_file(path, 8192);  // rewritten in place by someone else
    try {
        while (source.read(buffer.data(), buffer.size()) > 0) {
        }
        FAIL("no error");
    } catch (const InputError& e) {
        CHECK(e.message().starts_with("the file shrank while it was read (1048576 bytes when opened"));
    }
}

TEST_CASE("a file deleted while it is read is read to its end", "[io]") {
    TempDir dir;
    std::string path = dir.write("gone.csv", std::string(1 << 20, 'x'));
    ByteSource source(path);
    std::vector<char> buffer(4096);
    std::size_t total = source.read(buffer.data(), buffer.size());
    std::filesystem::remove(path);
    while (std::size_t n = source.read(buffer.data(), buffer.size())) total += n;
    CHECK(total == 1 << 20);
}

namespace {

std::string gzipped(std::string_view text) {
    TempDir dir;
    std::ifstream in(dir.write_gzip("one.gz", text), std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

// Everything the source gives, or "error: MESSAGE".
std::string read_whole(const std::string& path) {
    try {
        ByteSource source(path);
        std::string out;
        std::vector<char> buffer(7);  // small reads cross every boundary
        while (std::size_t n = source.read(buffer.data(), buffer.size())) out.append(buffer.data(), n);
        return out;
    } catch (const InputError& e) {
        return "error: " + e.message();
    }
}

}  // namespace

TEST_CASE("gzip members one after another are read in turn", "[io]") {
    TempDir dir;
    CHECK(read_whole(dir.write("two.gz", gzipped("first\n") + gzipped("second\n"))) == "first\nsecond\n");
    CHECK(read_whole(dir.write("empty-member.gz", gzipped("") + gzipped("x"))) == "x");
    CHECK(read_whole(dir.write("only-empty.gz", gzipped(""))).empty());
    ByteSource source(dir.write("count.gz", gzipped("abc") + gzipped("de")));
    std::vector<char> buffer(64);
    while (source.read(buffer.data(), buffer.size())) {
    }
    CHECK(source.data_read() == 5);
    CHECK(source.position() == gzipped("abc").size() + gzipped("de").size());
}

TEST_CASE("a damaged, cut or padded gzip file is an error, whichever member it is in", "[io]") {
    TempDir dir;
    std::string first = gzipped("first\n"), second = gzipped("second line\n");
    std::string damaged = second;
    damaged[damaged.size() / 2] = char(damaged[damaged.size() / 2] ^ 0x55);
    damaged[damaged.size() / 2 + 1] = char(damaged[damaged.size() / 2 + 1] ^ 0x55);
    CHECK(read_whole(dir.write("corrupt.gz", first + damaged)).starts_with("error: corrupt gzip data: "));
    CHECK(read_whole(dir.write("cut.gz", first + second.substr(0, 12))) ==
          "error: truncated gzip data (unexpected end of file in member 2)");
    CHECK(read_whole(dir.write("garbage.gz", first + "trailing bytes")) ==
          "error: what follows gzip member 1 (from byte " + std::to_string(first.size()) +
              ") is not a gzip member: a damaged or appended file?");
    CHECK(read_whole(dir.write("one-byte.gz", first + "\x1f")).starts_with("error: what follows gzip member 1"));
    CHECK(read_whole(dir.write("zeros.gz", first + std::string(512, '\0'))).starts_with("error: what follows"));
}
