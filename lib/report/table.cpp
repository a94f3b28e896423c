#include "report/table.h"

#include <memory>

namespace patlap {

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
