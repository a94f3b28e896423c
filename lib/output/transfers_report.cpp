#include "output/transfers_report.h"

#include "output/cell_format.h"

namespace patlap {

Table transfers_table(const Dataset& data) {
    Table table;
    table.columns = {{"deal"},
                     date_column("date"),
                     {"kind"},
                     text_column("from"),
                     text_column("to"),
                     {"patent"},
                     nullable(text_column("conveyance")),
                     nullable({"refers_to"}),
                     nullable(text_column("from_role")),
                     nullable(text_column("to_role"))};
    table.row_count = data.transfers.size();
    table.fill_row = [&data](std::size_t row, Cells& cells) {
        const Transfer& t = data.transfers[row];
        cells[0] = data.deal_name(t.deal);
        put_date(cells[1], t.date);
        cells[2] = kind_name(t.kind);
        cells[3] = data.party_name(t.from);
        cells[4] = data.party_name(t.to);
        cells[5] = data.patent_name(t.patent);
        cells[6] = data.conveyance_of(t.deal);
        cells[7] = data.reference_of(t.deal);
        cells[8] = data.party_roles.empty() ? std::string_view() : data.role_in(t.deal, t.from);
        cells[9] = data.party_roles.empty() ? std::string_view() : data.role_in(t.deal, t.to);
    };
    return table;
}

}  // namespace patlap
