// Fuzz target: reading an alias file (columns name,party; chains followed, cycles refused). Besides crashes, it
// checks that every alias ends at a party that is its own alias.
// fuzz-seeds: data/aliases.csv tests/fixtures/parties/bad/alias-* tests/fixtures/malformed/*
// fuzz-dict: tests/fuzz/csv.dict
// fuzz-max-len: 8192
#include "base/errors.h"
#include "input/party_files.h"
#include "memory_file.h"

#include <cstdlib>
#include <set>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static MemoryFile file("aliases.csv");
    try {
        auto aliases = patlap::read_alias_file(file.write(data, size));
        std::set<std::string> names;
        for (const auto& alias : aliases)
            if (alias.name_key.empty() || alias.party_key.empty() || !names.insert(alias.name_key).second) std::abort();
        for (const auto& alias : aliases)
            if (!names.count(alias.party_key)) std::abort();  // every final party has an entry of its own
    } catch (const patlap::InputError&) {
    }
    return 0;
}
