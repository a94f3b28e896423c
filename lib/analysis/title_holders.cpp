#include "analysis/title_holders.h"

#include <algorithm>

namespace patlap {

bool moves_title(TransferKind kind) {
    switch (kind) {
        case TransferKind::assignment:
        case TransferKind::employer:
        case TransferKind::merger:
        case TransferKind::name_change:
        case TransferKind::correction: return true;
        default: return false;
    }
}

TitleHolders::TitleHolders(const Dataset& data) : first_(data.patents.size(), 0), count_(data.patents.size(), 0) {
    const auto& rank = data.deal_name_rank();
    auto when = [&](const Transfer& t) { return std::uint64_t(t.date) << 32 | rank[t.deal]; };
    std::vector<std::uint64_t> last(data.patents.size(), 0);
    for (const Transfer& t : data.transfers)
        if (moves_title(t.kind)) last[t.patent] = std::max(last[t.patent], when(t));
    // The rows of one patent's last event are all in one deal, so they come one after another.
    for (const Transfer& t : data.transfers) {
        if (!moves_title(t.kind) || when(t) != last[t.patent]) continue;
        std::uint32_t& count = count_[t.patent];
        if (count == 0) first_[t.patent] = std::uint32_t(holders_.size());
        auto held = holders_.begin() + first_[t.patent];
        if (std::find(held, held + count, t.to) != held + count) continue;
        holders_.push_back(t.to);
        ++count;
    }
}

}  // namespace patlap
