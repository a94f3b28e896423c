#include "input/byte_source.h"
#include "base/errors.h"
#include "temp_file.h"

#include <catch2/catch.hpp>
#include <filesystem>
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
