#include "output/flows_report.h"

#include "output/cell_format.h"

namespace patlap {

Table flows_table(const Dataset& data, const std::vector<PartyFlow>& flows) {
    Table table;
    table.columns = {text_column("from"), text_column("to"), {"deals", CellType::integer}, {"patents", CellType::integer},
                     date_column("first_date"), date_column("last_date")};
    table.row_count = flows.size();
    table.fill_row = [&data, &flows](std::size_t row, Cells& cells) {
        const PartyFlow& f = flows[row];
        cells[0] = data.party_name(f.from);
        cells[1] = data.party_name(f.to);
        put_integer(cells[2], f.deals);
        put_integer(cells[3], f.patents);
        put_date(cells[4], f.first_date);
        put_date(cells[5], f.last_date);
    };
    return table;
}

}  // namespace patlap
