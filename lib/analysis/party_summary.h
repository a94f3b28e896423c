#pragma once
// The parties in the data, each summed up: what `patlap parties` lists.
#include "model/dataset.h"

#include <cstdint>
#include <span>
#include <vector>

namespace patlap {

struct PartySummary {
    PartyId party;
    std::uint32_t deals = 0;         // deals naming the party on either side
    std::uint32_t patents_in = 0;    // distinct patents on rows naming it as `to` (any kind)
    std::uint32_t patents_out = 0;   // distinct patents on rows naming it as `from` (any kind)
    std::uint32_t patents_held = 0;  // patents it owns at the end of the data (see owners.h)
    std::uint32_t patents_held_inferred = 0;  // of those, the ones it owns as inferred from its liens or licences
};

// One summary per party, ordered by name, then key.
std::vector<PartySummary> summarize_parties(const Dataset& data);

// The spellings of each party in the input, most frequent first (then in byte order).
class PartySpellings {
public:
    explicit PartySpellings(const Dataset& data);
    std::span<const StringId> of(PartyId party) const {
        return {spellings_.data() + begin_[party], spellings_.data() + begin_[party + 1]};
    }

private:
    std::vector<std::uint32_t> begin_;
    std::vector<StringId> spellings_;
};

}  // namespace patlap
