#pragma once
// A report as the output writers see it: named, typed columns and rows produced on demand, so that a report of
// millions of rows is never held as text in memory.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
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
    // Free text (party names, messages, conveyance texts): what an aligned table shortens to fit its width.
    // Identifiers, dates, kinds and numbers are never cut.
    bool free_text = false;
    // Not empty: the cell holds several values joined with this separator (party names, kinds, a path's steps),
    // which JSON writes as an array of strings ([] for an empty cell). Other formats write the cell as it is.
    std::string_view list_separator = {};
    // JSON: an empty cell means none (no date, no owner known) and is written as null. Numbers always are.
    bool empty_is_null = false;
};

// A column of free text.
inline Column text_column(std::string name) { return Column{std::move(name), CellType::text, true}; }
// The column, holding values joined with `separator` (a string literal).
inline Column list_column(Column column, std::string_view separator) {
    column.list_separator = separator;
    return column;
}
// The column, with empty cells written as null in JSON.
inline Column nullable(Column column) {
    column.empty_is_null = true;
    return column;
}
// A date column: YYYY-MM-DD, or empty (null in JSON) for no date.
inline Column date_column(std::string name) { return nullable(Column{std::move(name)}); }

using Cells = std::vector<std::string>;

// A cell as a value, which the writers put straight into their output with no text made for it first: for
// reports of millions of rows. `text` must outlive the row (it points into the data set's interned strings).
struct CellValue {
    enum class Kind : std::uint8_t { text, integer, date, ratio };
    Kind kind = Kind::text;
    std::string_view text;
    std::uint64_t number = 0;       // integer: the value; date: YYYYMMDD (0: none); ratio: the numerator
    std::uint64_t denominator = 0;  // ratio: written with six decimals, as put_ratio
};
using CellValues = std::vector<CellValue>;

// The cell's text, as the writers write it.
void put_value(std::string& cell, const CellValue& value);

// The rule every report keeps: fill_row, fill_values and prefetch_row are pure functions of the row index. They
// are called from several threads at once, in no set order, and may read the report's data but never change it:
// whatever a row shows (a replayed title, a running total) is computed before the Table is returned, not while
// its rows are written.
struct Table {
    std::vector<Column> columns;
    std::size_t row_count = 0;
    // Writes row `row`'s cells into `cells` (already sized to the column count; reuse their storage).
    std::function<void(std::size_t row, Cells& cells)> fill_row;
    // Instead of fill_row, for reports of millions of rows: the row's cells as values (sized likewise).
    std::function<void(std::size_t row, CellValues& cells)> fill_values;
    // Optional: start fetching what row `row` will read (it is called some rows ahead of fill_row), for reports
    // whose rows point all over a large data set.
    std::function<void(std::size_t row)> prefetch_row;
    // JSON: a key/value report of two columns, written as one object of each row's key and value (its value typed
    // by the second column) rather than an array of rows.
    bool as_object = false;
};

// Builds a Table from a vector of rows already rendered as text (for small reports).
Table table_of_rows(std::vector<Column> columns, std::vector<Cells> rows);

}  // namespace patlap
