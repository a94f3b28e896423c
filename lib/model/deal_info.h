#pragma once
// What a deal is, summed up from its rows.
#include "model/date.h"
#include "model/transfer_kind.h"

#include <cstdint>

namespace patlap {

struct DealInfo {
    Date date = 0;           // the earliest date on its rows
    std::uint32_t patents = 0;  // distinct patents on its rows
    KindSet kinds = 0;       // the kinds on its rows
};

}  // namespace patlap
