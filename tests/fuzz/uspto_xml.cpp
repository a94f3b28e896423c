// Fuzz target: loading USPTO assignment XML (the daily/backfile form and the search service's form) into a
// Dataset, told apart from the other inputs by content as any file is, strictly and then with --skip-bad-rows.
// Besides crashes, it checks that every row read is accounted for: loaded, counted as a duplicate, or skipped,
// and that the reader in pieces (blocks of 1 to 64 bytes, from the input's size and end bytes) gives one parser's
// records and first error.
// fuzz-seeds: tests/fixtures/uspto/search/fixture_assignment_2.xml tests/fuzz/seeds/uspto_xml/*
// fuzz-dict: tests/fuzz/xml.dict
// fuzz-max-len: 65536
#include "input/uspto/uspto_xml_reader.h"
#include "load_check.h"
#include "memory_file.h"

#include <cstdlib>

#include <string>
#include <vector>

namespace {

// Each record's reel, frame, line and problem, then the error message, if any.
std::vector<std::string> read_all(patlap::UsptoXmlReader& reader) {
    std::vector<std::string> out;
    patlap::AssignmentRecord record;
    try {
        while (reader.next(record))
            out.push_back(record.reel + "/" + record.frame + ":" + std::to_string(record.line) + " " + record.problem +
                          " " + std::to_string(record.properties.size()));
    } catch (const patlap::InputError& e) {
        out.push_back(std::string("error: ") + e.what());
    }
    return out;
}

void compare_pieces(const std::string& path, std::size_t block) {
    std::vector<std::string> one, pieces;
    {
        patlap::UsptoXmlReader reader(path);
        one = read_all(reader);
    }
    {
        patlap::UsptoXmlReader reader(path, 2, block);
        pieces = read_all(reader);
    }
    // Before an error, the pieces may hand out records one parser keeps back (it hands out none of a chunk with
    // an error); the rest must agree.
    const bool error = !one.empty() && one.back().rfind("error: ", 0) == 0;
    if (!error) {
        if (pieces != one) std::abort();
        return;
    }
    if (pieces.size() < one.size() || pieces.back() != one.back()) std::abort();
    for (std::size_t i = 0; i + 1 < one.size(); ++i)
        if (pieces[i] != one[i]) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static MemoryFile file("assignments.xml");
    std::vector<std::string> paths{file.write(data, size)};
    load_and_check(paths);
    if (size > 0) compare_pieces(paths.front(), 1 + (data[0] + data[size - 1] + size) % 64);
    return 0;
}
