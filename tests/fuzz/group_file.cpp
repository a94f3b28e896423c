// Fuzz target: reading a group file (columns party,group; a party in one group only). Besides crashes, it checks
// that no party is listed twice.
// fuzz-seeds: data/groups.csv tests/fixtures/parties/*groups*.csv tests/fixtures/parties/bad/group-* tests/fixtures/malformed/*
// fuzz-dict: tests/fuzz/csv.dict
// fuzz-max-len: 8192
#include "base/errors.h"
#include "input/party_files.h"
#include "memory_file.h"

#include <cstdlib>
#include <set>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static MemoryFile file("groups.csv");
    try {
        auto members = patlap::read_group_file(file.write(data, size));
        std::set<std::string> parties;
        for (const auto& member : members)
            if (member.party_key.empty() || member.group_key.empty() || !parties.insert(member.party_key).second)
                std::abort();
    } catch (const patlap::InputError&) {
    }
    return 0;
}
