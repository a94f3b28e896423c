// Fuzz target: the CSV reader on any bytes. Besides crashes, it checks that the records (and the error, if any)
// do not depend on the read buffer's size: the input is read with the usual 1 MiB buffer and with tiny ones, so
// that records are cut by the end of a chunk at every possible point.
// fuzz-seeds: tests/fixtures/*.csv tests/fixtures/*.tsv tests/fixtures/bad/* tests/fixtures/malformed/* tests/fixtures/parties/*.csv
// fuzz-dict: tests/fuzz/csv.dict
// fuzz-max-len: 16384
#include "input/byte_source.h"
#include "input/csv/csv_reader.h"
#include "base/errors.h"
#include "memory_file.h"

#include <cstdlib>
#include <string>
#include <vector>

namespace {

struct Outcome {
    std::vector<std::vector<std::string>> records;
    std::vector<std::uint64_t> lines;
    std::string error;
    bool operator==(const Outcome&) const = default;
};

Outcome parse(const std::string& path, char delimiter, std::size_t buffer_bytes) {
    Outcome outcome;
    try {
        patlap::ByteSource source(path);
        patlap::CsvReader reader(source, delimiter, buffer_bytes);
        patlap::CsvRecord record;
        while (reader.next(record)) {
            outcome.records.emplace_back(record.fields.begin(), record.fields.end());
            outcome.lines.push_back(record.line);
        }
    } catch (const patlap::InputError& error) {
        outcome.error = error.what();
    }
    return outcome;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static MemoryFile file("input.csv");
    const std::string& path = file.write(data, size);
    for (char delimiter : {',', '\t'}) {
        Outcome usual = parse(path, delimiter, 1 << 16);  // larger than any input the fuzzer makes (-max_len)
        for (std::size_t tiny : {4, 7, 16, 33})
            if (!(parse(path, delimiter, tiny) == usual)) std::abort();  // the buffer size changed what was read
        for (std::size_t i = 1; i < usual.lines.size(); ++i)
            if (usual.lines[i] <= usual.lines[i - 1]) std::abort();  // records start on increasing lines
    }
    return 0;
}
