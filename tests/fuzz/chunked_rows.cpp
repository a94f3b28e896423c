// Fuzz target: reading a transfer CSV in chunks on worker threads (chunked_rows.h) must give exactly the rows,
// line numbers and error that one reader gives, wherever the cuts fall. The first byte picks the chunk size.
// fuzz-seeds: tests/fixtures/*.csv tests/fixtures/bad/* tests/fixtures/malformed/* data/transfers.csv
// fuzz-dict: tests/fuzz/csv.dict
// fuzz-max-len: 4096
#include "../common/row_batches_text.h"
#include "memory_file.h"

#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    static MemoryFile file("transfers.csv");
    const std::string& path = file.write(data + 1, size - 1);
    patlap::LoadOptions options;
    patlap::RowReading one_thread{patlap::RowReading::Mode::one_thread};
    patlap::RowReading chunked{patlap::RowReading::Mode::chunked, 1 + data[0] % 64u, 2};
    if (row_batches_text(path, options, one_thread) != row_batches_text(path, options, chunked)) std::abort();
    return 0;
}
