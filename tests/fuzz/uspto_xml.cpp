// Fuzz target: loading USPTO assignment XML (the daily/backfile form and the search service's form) into a
// Dataset, told apart from the other inputs by content as any file is, strictly and then with --skip-bad-rows.
// Besides crashes, it checks that every row read is accounted for: loaded, counted as a duplicate, or skipped.
// fuzz-seeds: tests/fixtures/uspto/search/fixture_assignment_2.xml tests/fuzz/seeds/uspto_xml/*
// fuzz-dict: tests/fuzz/xml.dict
// fuzz-max-len: 65536
#include "io/input_error.h"
#include "io/transfer_loader.h"
#include "memory_file.h"

#include <cstdlib>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static MemoryFile file("assignments.xml");
    std::vector<std::string> paths{file.write(data, size)};
    for (bool skip : {false, true}) {
        patlap::LoadOptions options;
        options.skip_bad_rows = skip;
        try {
            patlap::Dataset loaded = patlap::load_transfers(paths, options);
            const auto& load = loaded.load;
            if (!skip && load.rows_skipped != 0) std::abort();
            if (loaded.transfers.size() + loaded.duplicates.size() + load.rows_skipped != load.rows_read) std::abort();
            if (load.rows_skipped > load.rows_read) std::abort();
            for (const auto& t : loaded.transfers)
                if (t.deal >= loaded.deals.size() || t.patent >= loaded.patents.size() || t.from >= loaded.parties.size() ||
                    t.to >= loaded.parties.size())
                    std::abort();
            for (patlap::DealId deal = 0; deal < loaded.deal_link.size(); ++deal)
                if (loaded.deal_link[deal] != patlap::StringPool::npos && loaded.deal_link[deal] >= loaded.deals.size())
                    std::abort();
        } catch (const patlap::InputError&) {
        }
    }
    return 0;
}
