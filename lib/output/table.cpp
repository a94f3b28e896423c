#include "output/table.h"

#include "output/cell_format.h"

#include <memory>

namespace patlap {

void put_value(std::string& cell, const CellValue& value) {
    switch (value.kind) {
        case CellValue::Kind::text: cell.assign(value.text); break;
        case CellValue::Kind::integer: put_integer(cell, value.number); break;
        case CellValue::Kind::date: put_date(cell, Date(value.number)); break;
        case CellValue::Kind::ratio: put_ratio(cell, value.number, value.denominator); break;
    }
}

Table table_of_rows(std::vector<Column> columns, std::vector<Cells> rows) {
    auto held = std::make_shared<std::vector<Cells>>(std::move(rows));
    Table table;
    table.columns = std::move(columns);
    table.row_count = held->size();
    table.fill_row = [held](std::size_t row, Cells& cells) {
        for (std::size_t i = 0; i < cells.size(); ++i) cells[i] = (*held)[row][i];
    };
    return table;
}

}  // namespace patlap
