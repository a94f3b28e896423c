#pragma once
// One row of input after interning: one patent moving (or being licensed, pledged, ...) from one party to
// another in one deal. 28 bytes a row.
#include "model/date.h"
#include "model/string_pool.h"
#include "model/transfer_kind.h"

#include <cstdint>

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

}  // namespace patlap
