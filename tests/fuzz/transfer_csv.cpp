// Fuzz target: loading a transfer CSV (header, rows, dates, kinds, patent and party keys) into a Dataset, strictly,
// and then with --skip-bad-rows, without parties or tab-separated. Besides crashes, it checks that every row read is
// accounted for: loaded, counted as a duplicate, or skipped.
// fuzz-seeds: tests/fixtures/*.csv tests/fixtures/*.tsv tests/fixtures/bad/* tests/fixtures/malformed/* data/transfers.csv
// fuzz-dict: tests/fuzz/csv.dict
// fuzz-max-len: 16384
#include "base/errors.h"
#include "input/transfer_loader.h"
#include "memory_file.h"

#include <cstdlib>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static MemoryFile file("transfers.csv");
    std::vector<std::string> paths{file.write(data, size)};
    // Every input loads strictly with parties, and then one other way, picked by its size (a load starts a
    // thread, which under AddressSanitizer costs more than the parsing: two loads an input, not four).
    for (int variant : {0, 1 + int(size % 3)}) {
        patlap::LoadOptions options;
        options.skip_bad_rows = variant == 1 || variant == 3;
        options.with_parties = variant != 2;
        if (variant == 3) options.delimiter = '\t';
        try {
            patlap::Dataset loaded = patlap::load_transfers(paths, options);
            const auto& load = loaded.load;
            if (!options.skip_bad_rows && load.rows_skipped != 0) std::abort();
            if (loaded.transfers.size() + loaded.duplicates.size() + load.rows_skipped != load.rows_read) std::abort();
            if (loaded.deal_begin.size() != loaded.deals.size() + 1 || loaded.deal_begin.back() != loaded.transfers.size())
                std::abort();
            for (const auto& t : loaded.transfers)
                if (t.deal >= loaded.deals.size() || t.patent >= loaded.patents.size() || loaded.patents.str(t.patent).empty())
                    std::abort();
        } catch (const patlap::InputError&) {
        }
    }
    return 0;
}
