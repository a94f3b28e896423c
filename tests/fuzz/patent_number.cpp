// Fuzz target: the patent-number normaliser. Besides crashes, it checks the key's promises: only upper-case ASCII
// letters and digits, a key is its own key, and text that is_plain_us_key accepts is kept as it is.
// fuzz-seeds: tests/fixtures/*.csv data/transfers.csv
// fuzz-seed-fields: yes
// fuzz-dict: tests/fuzz/patent_number.dict
// fuzz-max-len: 512
#include "model/patent_number.h"

#include <cstdlib>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    std::string key, again;
    bool has_key = patlap::normalize_patent(text, key);
    bool has_alnum = false;
    for (char c : text) has_alnum |= (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
    if (has_key != has_alnum) std::abort();
    if (!has_key) return 0;
    for (char c : key)
        if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'))) std::abort();
    if (!patlap::normalize_patent(key, again) || again != key) std::abort();  // idempotent
    if (patlap::is_plain_us_key(text) && key != text) std::abort();
    return 0;
}
