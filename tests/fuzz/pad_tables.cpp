// Fuzz target: the Patent Assignment Dataset reader and loader. One input holds the tables one after another,
// each after a line `----` (assignment, assignor, assignee, documentid, assignment_conveyance, as many as there
// are); each becomes a file of its own, recognised by its header as the tables are. Besides crashes, it checks
// that every row read is accounted for.
// fuzz-seeds: tests/fuzz/seeds/pad_tables/*
// fuzz-dict: tests/fuzz/pad.dict
// fuzz-max-len: 16384
#include "load_check.h"
#include "memory_file.h"

#include <array>
#include <string>
#include <string_view>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static std::array<MemoryFile, 5> files{MemoryFile("assignment.csv"), MemoryFile("assignor.csv"),
                                           MemoryFile("assignee.csv"), MemoryFile("documentid.csv"),
                                           MemoryFile("assignment_conveyance.csv")};
    std::string_view input(reinterpret_cast<const char*>(data), size);
    std::vector<std::string> paths;
    for (std::size_t i = 0; i < files.size() && !input.empty(); ++i) {
        std::size_t end = input.find("----\n");
        std::string_view table = input.substr(0, end);
        paths.push_back(files[i].write(reinterpret_cast<const std::uint8_t*>(table.data()), table.size()));
        input = end == std::string_view::npos ? std::string_view() : input.substr(end + 5);
    }
    load_and_check(paths);
    return 0;
}
