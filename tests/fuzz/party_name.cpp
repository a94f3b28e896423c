// Fuzz target: the party-name normaliser. Besides crashes, it checks the key's promises: no lower-case ASCII
// letters, no ASCII punctuation, single spaces between words and none at the ends; and for valid UTF-8 (all that
// the readers let through), the key is valid UTF-8 and is its own key. (Bytes that are not UTF-8 can pair up once
// an apostrophe between them is dropped, "\xC3'\xA0", so the key of such a key may differ.)
// fuzz-seeds: tests/fixtures/*.csv tests/fixtures/parties/*.csv data/transfers.csv data/aliases.csv data/groups.csv
// fuzz-seed-fields: yes
// fuzz-dict: tests/fuzz/party_name.dict
// fuzz-max-len: 512
#include "base/utf8.h"
#include "model/party_name.h"

#include <cstdlib>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view name(reinterpret_cast<const char*>(data), size);
    std::string key, again;
    if (!patlap::party_key(name, key)) return 0;
    if (key.empty() || key.front() == ' ' || key.back() == ' ' || key.find("  ") != std::string::npos) std::abort();
    for (char ch : key) {
        auto c = static_cast<unsigned char>(ch);
        bool ascii_ok = c >= 0x80 || c == ' ' || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
        if (!ascii_ok) std::abort();
    }
    if (!patlap::is_valid_utf8(name)) return 0;
    if (!patlap::is_valid_utf8(key)) std::abort();
    if (!patlap::party_key(key, again) || again != key) std::abort();  // idempotent
    return 0;
}
