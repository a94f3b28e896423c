#pragma once
// Loads the fuzz input's files strictly and then with --skip-bad-rows, and aborts (a finding) when the load does
// not account for every row it read: each is loaded, counted as a duplicate, or skipped; every id in range.
#include "base/errors.h"
#include "input/transfer_loader.h"

#include <cstdlib>
#include <string>
#include <vector>

inline void load_and_check(const std::vector<std::string>& paths) {
    for (bool skip : {false, true}) {
        patlap::LoadOptions options;
        options.skip_bad_rows = skip;
        try {
            patlap::Dataset loaded = patlap::load_transfers(paths, options);
            const auto& load = loaded.load;
            if (!skip && load.rows_skipped != 0) std::abort();
            if (loaded.transfers.size() + loaded.duplicates.size() + load.rows_skipped != load.rows_read) std::abort();
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
}
