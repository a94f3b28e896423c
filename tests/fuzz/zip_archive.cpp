// Fuzz target: a zip archive, to the loader (told from the other inputs by its content, as any file is), strictly
// and then with --skip-bad-rows, and to ZipArchive itself, every member read to its end. Besides crashes, it
// checks that every row read is accounted for (load_check.h), and that a member's data_read() is what it handed out.
// fuzz-seeds: tests/fuzz/seeds/zip_archive/*
// fuzz-dict: tests/fuzz/zip.dict
// fuzz-max-len: 16384
#include "load_check.h"
#include "memory_file.h"
#include "input/zip_archive.h"

#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static MemoryFile file("archive.zip");
    const std::string& path = file.write(data, size);
    load_and_check({path});
    try {
        patlap::ZipArchive zip(std::make_unique<patlap::ByteSource>(path));
        char buffer[512];
        while (auto member = zip.next_member()) {
            std::uint64_t total = 0;
            while (std::size_t n = member->read(buffer, sizeof buffer)) total += n;
            if (total != member->data_read()) std::abort();
        }
    } catch (const patlap::InputError&) {
    }
    return 0;
}
