// Fuzz target: loading USPTO assignment XML (the daily/backfile form and the search service's form) into a
// Dataset, told apart from the other inputs by content as any file is, strictly and then with --skip-bad-rows.
// Besides crashes, it checks that every row read is accounted for: loaded, counted as a duplicate, or skipped.
// fuzz-seeds: tests/fixtures/uspto/search/fixture_assignment_2.xml tests/fuzz/seeds/uspto_xml/*
// fuzz-dict: tests/fuzz/xml.dict
// fuzz-max-len: 65536
#include "load_check.h"
#include "memory_file.h"

#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static MemoryFile file("assignments.xml");
    std::vector<std::string> paths{file.write(data, size)};
    load_and_check(paths);
    return 0;
}
