#pragma once
// Every transfer row of the data as a canonical transfer CSV: what `patlap convert` writes.
#include "model/dataset.h"
#include "output/table.h"

namespace patlap {

// Columns: deal, date, kind, from, to, patent (what the transfer CSV reader needs), then conveyance, refers_to,
// from_role, to_role (what USPTO records add; empty for transfer CSV input). Parties are written by display
// name. Rows in deal order (the order deals were first read), then patent, from, to, kind.
Table transfers_table(const Dataset& data);

}  // namespace patlap
