#pragma once
// Writes a Table as an Excel workbook (.xlsx) of one sheet, with libxlsxwriter.
#include "output/table.h"

#include <cstdio>

namespace patlap {

// The header row in bold (unless `header` is false), then a row per report row: number columns as numbers (a
// number_or_text cell where it reads as one), everything else as strings, which a spreadsheet never runs as
// formulas. Bytes that are not UTF-8 become U+FFFD.
// Returns 0, or the errno of the first write to `out` that failed, as write_table does. Throws OutputError when the
// report does not fit a sheet (1,048,576 rows, 32,767 characters a cell) or libxlsxwriter fails.
int write_xlsx(std::FILE* out, const Table& table, bool header);

}  // namespace patlap
