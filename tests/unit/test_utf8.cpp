#include "base/utf8.h"

#include <catch2/catch.hpp>

using namespace patlap;

TEST_CASE("UTF-8 is checked strictly", "[utf8]") {
    CHECK(find_invalid_utf8("") == std::string_view::npos);
    CHECK(find_invalid_utf8("plain ASCII, long enough to take the eight-byte path") == std::string_view::npos);
    CHECK(find_invalid_utf8("é ÆØÅ 小米 \xF0\x9F\x98\x80 \xF4\x8F\xBF\xBF") == std::string_view::npos);
    CHECK(find_invalid_utf8("Soci\xE9t\xE9") == 4);                   // Latin-1
    CHECK(find_invalid_utf8("abcdefghij\x80") == 10);                  // stray continuation byte after the fast path
    CHECK(find_invalid_utf8("ab\xC3") == 2);                           // cut short
    CHECK(find_invalid_utf8("\xC0\xAF") == 0);                         // overlong
    CHECK(find_invalid_utf8("\xE0\x80\xAF") == 0);                     // overlong
    CHECK(find_invalid_utf8("\xED\xA0\x80") == 0);                     // surrogate
    CHECK(find_invalid_utf8("\xF4\x90\x80\x80") == 0);                 // past U+10FFFF
    CHECK(find_invalid_utf8("\xF5\x80\x80\x80") == 0);
    CHECK(describe_invalid_utf8("ab\xFF", 2).starts_with("byte 3 (0xFF) is not UTF-8"));
}

TEST_CASE("the ASCII fast path sees a high byte anywhere", "[utf8]") {
    for (std::size_t length = 1; length <= 20; ++length)
        for (std::size_t at = 0; at < length; ++at) {
            std::string text(length, 'a');
            text[at] = '\x80';
            CHECK_FALSE(is_ascii(text));
            CHECK(find_invalid_utf8(text) == at);
        }
    CHECK(is_ascii(""));
    CHECK(is_ascii("exactly8"));
}
