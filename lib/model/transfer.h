#pragma once
// One row of input after interning: one patent moving (or being licensed, pledged, ...) from one party to
// another in one deal. 28 bytes a row.
#include "model/date.h"
#include "model/string_pool.h"
#include "model/transfer_kind.h"

#include <cstdint>
#include <tuple>

namespace patlap {

using DealId = StringId;
using PartyId = StringId;
using PatentId = StringId;

struct Transfer {
    DealId deal;
    PatentId patent;
    PartyId from;
    PartyId to;
    Date date;
    std::uint32_t line;  // line of the row in its input file
    std::uint16_t file;  // index into Dataset::files
    TransferKind kind;
};

static_assert(sizeof(Transfer) == 28);

// The order of a deal's rows (Dataset::deal_transfers): by patent, then parties, kind and date, then where read.
inline bool precedes_in_deal(const Transfer& a, const Transfer& b) {
    return std::tie(a.patent, a.from, a.to, a.kind, a.date, a.file, a.line) <
           std::tie(b.patent, b.from, b.to, b.kind, b.date, b.file, b.line);
}

}  // namespace patlap
