#pragma once
// A report as the output writers see it: named, typed columns and rows produced on demand, so that a report of
// millions of rows is never held as text in memory.
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace patlap {

enum class CellType {
    text,
    integer,  // written unquoted in JSON, right-aligned in tables
    decimal,  // likewise
    number_or_text,  // a number where the cell reads as one, else text (for key/value reports)
};

struct Column {
    std::string name;
    CellType type = CellType::text;
};

using Cells = std::vector<std::string>;

struct Table {
    std::vector<Column> columns;
    std::size_t row_count = 0;
    // Writes row `row`'s cells into `cells` (already sized to the column count; reuse their storage).
    std::function<void(std::size_t row, Cells& cells)> fill_row;
    // Optional: start fetching what row `row` will read (it is called some rows ahead of fill_row), for reports
    // whose rows point all over a large data set.
    std::function<void(std::size_t row)> prefetch_row;
};

// Builds a Table from a vector of rows already rendered as text (for small reports).
Table table_of_rows(std::vector<Column> columns, std::vector<Cells> rows);

}  // namespace patlap
